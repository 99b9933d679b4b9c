package org.wardops.dashboard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.wardops.indicators.Period;
import org.wardops.shared.web.PageContext;

import java.math.BigDecimal;
import java.util.List;

/** Periods, points and rates of the overview and unit pages in the reader's language ("no data" is never 0). */
public record DashboardFormat(PageContext ctx, MessageSource messages) {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    public String period(String code) {
        Period period = Period.parse("period", code);
        String year = Integer.toString(period.year());
        return switch (period.type()) {
            case MONTH -> ctx.t("dashboard.overview.period.month", Integer.toString(period.number()), year);
            case QUARTER -> ctx.t("dashboard.overview.period.quarter", ROMAN.get(period.number() - 1), Integer.toString(period.number()), year);
            case WEEK -> ctx.t("dashboard.overview.period.week", Integer.toString(period.number()), year);
            case YEAR -> year;
        };
    }

    /** Points with the maximum, or "no data". */
    public String points(@Nullable BigDecimal points, BigDecimal max) {
        return points == null ? noData() : ctx.number(points) + " / " + ctx.number(max);
    }

    public String number(@Nullable BigDecimal value) {
        return value == null ? noData() : ctx.number(value);
    }

    /** A rate (0–1 and above) as a percentage, or "no data". */
    public String percent(@Nullable BigDecimal rate) {
        return rate == null ? noData() : ctx.number(rate.movePointRight(2)) + " %";
    }

    public String noData() {
        return ctx.t("dashboard.overview.noData");
    }

    /** The name of an indicator group: its own message when there is one, else the names of its indicators. */
    public String area(String code, String fallback) {
        return messages.getMessage("dashboard.overview.area." + code, null, fallback, ctx.localizer().locale());
    }

    /** ▲ ▼ ＝ against the previous period, or nothing without both figures. */
    public String trend(@Nullable BigDecimal now, @Nullable BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        int compared = now.compareTo(before);
        return compared > 0 ? "▲" : compared < 0 ? "▼" : "＝";
    }

    public String trendLabel(@Nullable BigDecimal now, @Nullable BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        int compared = now.compareTo(before);
        return ctx.t(compared > 0 ? "dashboard.overview.trend.up" : compared < 0 ? "dashboard.overview.trend.down" : "dashboard.overview.trend.same",
                ctx.number(before));
    }
}
