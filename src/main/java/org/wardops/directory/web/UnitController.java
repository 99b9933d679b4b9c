package org.wardops.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.directory.DirectoryAction;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitDetails;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.Htmx;

import java.util.List;
import java.util.UUID;

/** The unit directory and the unit page. */
@Controller
public class UnitController {

    /** The directory page: filters as typed and one page of units. */
    public record UnitListView(PageResult<UnitView> units, @Nullable String q, @Nullable UnitType type, String province,
                        List<UnitView> provinces, List<UnitType> types) {

        /** The query string of this search for another page, keeping every filter. */
        public String pageLink(int page) {
            StringBuilder link = new StringBuilder("/units?page=").append(page).append("&province=").append(province);
            if (type != null) {
                link.append("&type=").append(type.name());
            }
            if (q != null && !q.isBlank()) {
                link.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            }
            return link.toString();
        }
    }

    /** The unit page. */
    public record UnitPageView(UnitDetails details) {

        public boolean mayAddPeople() {
            return details.actions().contains(DirectoryAction.ADD_PERSON);
        }

        public boolean mayChangePeople() {
            return details.actions().contains(DirectoryAction.CHANGE_PERSON);
        }
    }

    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;

    UnitController(DirectoryManagement directory, DeploymentSettings deployment) {
        this.directory = directory;
        this.deployment = deployment;
    }

    @GetMapping("/units")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UnitType type,
                @RequestParam(required = false) @Nullable String province, @RequestParam(required = false) @Nullable Integer page,
                HttpServletRequest request, Model model) {
        String provinceCode = province == null || province.isBlank() ? deployment.provinceCode() : province;
        PageResult<UnitView> units = directory.findUnits(new UnitSearch(provinceCode, type, q, false), PageRequest.of(page, 50));
        List<UnitView> provinces = Htmx.isHtmx(request) ? List.of()
                : directory.findUnits(new UnitSearch(null, UnitType.CENTRAL_CITY, null, false), new PageRequest(0, 100)).items();
        List<UnitView> allProvinces = new java.util.ArrayList<>(provinces);
        if (!Htmx.isHtmx(request)) {
            allProvinces.addAll(directory.findUnits(new UnitSearch(null, UnitType.PROVINCE, null, false), new PageRequest(0, 100)).items());
            allProvinces.sort(java.util.Comparator.comparing(UnitView::code));
        }
        model.addAttribute("view", new UnitListView(units, q, type, provinceCode, allProvinces, List.of(UnitType.values())));
        return Htmx.pageOrPartial(request, "directory/units", "directory/_unitTable");
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        UnitDetails details = directory.details(id);
        model.addAttribute("view", new UnitPageView(details));
        return "directory/unit";
    }
}
