package org.wardops.dashboard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.dashboard.Overview;
import org.wardops.dashboard.OverviewManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.indicators.Period;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.NavItem;
import org.wardops.shared.web.PageContext;
import org.wardops.shared.web.QueryParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The city overview page (ranking, heat table, trend) and its monthly briefing download. */
@Controller
public class OverviewController {

    static final int PAGE_SIZE = 50;

    /** What the overview page shows, with the filters' choices. */
    public record OverviewPage(Overview overview, DashboardFormat fmt, List<UnitView> workingGroups, List<UnitType> unitTypes,
                               List<String> periods, LineChart trend) {

        public String pageLink(int page) {
            return link(overview.workingGroupId(), overview.unitType(), overview.period()) + "&page=" + page;
        }

        public String briefingLink(String format, String style) {
            return "/overview/briefing?period=" + overview.period() + "&format=" + format + "&style=" + style
                    + (overview.workingGroupId() == null ? "" : "&workingGroupId=" + overview.workingGroupId());
        }

        public String areaName(Overview.Area area) {
            String fallback = String.join(" · ", area.indicators().stream().map(column -> column.names().in(fmt.ctx().localizer().locale())).toList());
            return fmt.area(area.code(), fallback);
        }

        static String link(@Nullable UUID group, @Nullable UnitType type, String period) {
            return "/overview?period=" + period + (group == null ? "" : "&workingGroupId=" + group) + (type == null ? "" : "&unitType=" + type.name());
        }
    }

    private final OverviewManagement overviews;
    private final MessageSource messages;

    OverviewController(OverviewManagement overviews, MessageSource messages) {
        this.overviews = overviews;
        this.messages = messages;
    }

    @GetMapping("/overview")
    String overview(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String unitType,
                    @RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String page,
                    @ModelAttribute("ctx") PageContext ctx, Model model) {
        UUID group = QueryParameters.uuid("workingGroupId", workingGroupId);
        UnitType type = QueryParameters.option("unitType", unitType, UnitType.class);
        int number = QueryParameters.number("page", page, 0, 0, 100_000);
        Overview overview = overviews.overview(group, type, period, new PageRequest(number, PAGE_SIZE));
        DashboardFormat fmt = new DashboardFormat(ctx, messages);
        LineChart trend = LineChart.of("overview-trend", ctx.t("dashboard.chart.trend.title", overview.scopeName()),
                ctx.t("dashboard.chart.trend.description", fmt.period(overview.trend().getFirst().period()), fmt.period(overview.period()),
                        ctx.number(overview.max())),
                ctx.t("dashboard.chart.trend.value"), fmt.noData(),
                overview.trend().stream().map(point -> new LineChart.Value(fmt.period(point.period()), point.average(), fmt.number(point.average()))).toList(),
                overview.max(), ctx::number);
        model.addAttribute("view", new OverviewPage(overview, fmt, overviews.workingGroups(),
                List.of(UnitType.WARD, UnitType.COMMUNE, UnitType.SPECIAL_ZONE), periods(overview.period()), trend));
        return "dashboard/overview";
    }

    @GetMapping("/overview/briefing")
    ResponseEntity<byte[]> briefing(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String period,
                                    @RequestParam(defaultValue = "docx") String format, @RequestParam(defaultValue = "state") String style) {
        RenderedDocument document = overviews.briefing(QueryParameters.uuid("workingGroupId", workingGroupId), period,
                java.util.Objects.requireNonNullElse(QueryParameters.option("format", format, DocumentFormat.class), DocumentFormat.DOCX), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    /** The period picker: the twelve months up to the current one and the chosen period. */
    private List<String> periods(String chosen) {
        List<String> periods = new ArrayList<>(Period.monthsEndingWith(overviews.currentMonth(), OverviewManagement.TREND_MONTHS).stream()
                .map(Period::code).toList().reversed());
        if (!periods.contains(chosen)) {
            periods.addFirst(chosen);
        }
        return periods;
    }

    @Bean
    static NavItem cityOverviewNavItem() {
        return new NavItem("dashboard.overview.nav", "/overview", 11, Set.of(Role.CITY_LEADER, Role.AUDITOR, Role.SYSTEM_ADMIN,
                Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER));
    }
}
