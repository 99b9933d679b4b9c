package org.wardops.dashboard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.dashboard.UnitSummary;
import org.wardops.dashboard.UnitSummaryManagement;
import org.wardops.shared.web.PageContext;

import java.util.UUID;

/** A unit's 360° page: scores, every module's figures with links into each, the 766 trend. */
@Controller
public class UnitSummaryController {

    /** What the unit page shows. */
    public record UnitSummaryPage(UnitSummary summary, DashboardFormat fmt, LineChart trend) {
    }

    private final UnitSummaryManagement summaries;
    private final MessageSource messages;

    UnitSummaryController(UnitSummaryManagement summaries, MessageSource messages) {
        this.summaries = summaries;
        this.messages = messages;
    }

    @GetMapping("/units/{id}/summary")
    String summary(@PathVariable("id") UUID unitId, @RequestParam(required = false) @Nullable String period, @ModelAttribute("ctx") PageContext ctx,
                   Model model) {
        UnitSummary summary = summaries.summary(unitId, period);
        DashboardFormat fmt = new DashboardFormat(ctx, messages);
        LineChart trend = LineChart.of("unit-trend", ctx.t("dashboard.unit.trend.title", summary.unitName()),
                ctx.t("dashboard.unit.trend.description", fmt.period(summary.trend766().getFirst().period()), fmt.period(summary.trend766().getLast().period())),
                ctx.t("dashboard.unit.trend.value"), fmt.noData(),
                summary.trend766().stream().map(point -> new LineChart.Value(fmt.period(point.period()), point.average(), fmt.number(point.average()))).toList(),
                summary.service766().max().signum() > 0 ? summary.service766().max() : null, ctx::number);
        model.addAttribute("view", new UnitSummaryPage(summary, fmt, trend));
        return "dashboard/unitSummary";
    }
}
