package org.wardops.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.reporting.ReportListing;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportState;
import org.wardops.shared.PageRequest;
import org.wardops.shared.web.Htmx;
import org.wardops.shared.web.QueryParameters;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The reports list: a unit's reports of a month with their timeliness, where the dashboard's report figures lead. */
@Controller
public class ReportListController {

    private final ReportManagement reports;
    private final DirectoryManagement directory;

    ReportListController(ReportManagement reports, DirectoryManagement directory) {
        this.reports = reports;
        this.directory = directory;
    }

    public record ReportListView(ReportListing listing, Map<UUID, String> unitNames, @Nullable UUID unitId, @Nullable String unitName,
                                 @Nullable YearMonth deadlineMonth, @Nullable ReportState state) {

        public List<ReportState> states() {
            return List.of(ReportState.values());
        }

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }

        public String pageLink(int page) {
            StringBuilder link = new StringBuilder("/reports?page=").append(page);
            if (unitId != null) {
                link.append("&unitId=").append(unitId);
            }
            if (deadlineMonth != null) {
                link.append("&deadlineMonth=").append(deadlineMonth);
            }
            if (state != null) {
                link.append("&state=").append(state.name());
            }
            return link.toString();
        }
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable String deadlineMonth,
                @RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String page,
                HttpServletRequest request, Model model) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        YearMonth month = QueryParameters.month("deadlineMonth", deadlineMonth);
        ReportState wanted = QueryParameters.option("state", state, ReportState.class);
        ReportListing listing = reports.listing(unit, month, wanted,
                PageRequest.of(QueryParameters.number("page", page, 0, 1_000_000), 50));
        List<UUID> ids = listing.rows().items().stream().map(ReportListing.Row::unitId).distinct().toList();
        Map<UUID, String> names = directory.units(ids).stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
        String unitName = unit == null ? null : names.computeIfAbsent(unit, id -> directory.units(List.of(id)).stream().findFirst()
                .map(UnitView::name).orElse(""));
        model.addAttribute("view", new ReportListView(listing, names, unit, unitName, month, wanted));
        return Htmx.pageOrPartial(request, "reporting/reports", "reporting/_reports");
    }
}
