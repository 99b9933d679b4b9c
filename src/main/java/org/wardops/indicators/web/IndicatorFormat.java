package org.wardops.indicators.web;

import org.jspecify.annotations.Nullable;
import org.wardops.indicators.Period;
import org.wardops.shared.web.Localizer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers and periods in the reader's language: "69,4" in Vietnamese and German, "69.4" in English; "Tháng 10/2025",
 * "October 2025", "Oktober 2025"; "Quý IV/2025", "Q4 2025"; "Tuần 47/2025", "Week 47, 2025", "KW 47/2025".
 */
public final class IndicatorFormat {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final Localizer localizer;

    public IndicatorFormat(Localizer localizer) {
        this.localizer = localizer;
    }

    public Locale locale() {
        return localizer.locale();
    }

    /** A number with up to two decimals; a dash for none. */
    public String number(@Nullable BigDecimal value) {
        return format(value, 0, 2);
    }

    /** Points always with two decimals ("5,40"), or "no data". */
    public String points(@Nullable BigDecimal value) {
        return value == null ? localizer.t("indicators.label.score.noData") : format(value, 2, 2);
    }

    /** A rate as a percentage with up to one decimal ("69,4 %"), or "no data". */
    public String percent(@Nullable BigDecimal rate) {
        return rate == null ? localizer.t("indicators.label.score.noData") : format(rate.movePointRight(2), 0, 1) + " %";
    }

    /** The trend against the previous period: up, down, flat, or nothing to compare. */
    public String trend(@Nullable BigDecimal now, @Nullable BigDecimal before) {
        if (now == null || before == null) {
            return "none";
        }
        int cmp = now.compareTo(before);
        return cmp > 0 ? "up" : cmp < 0 ? "down" : "flat";
    }

    /** A group's name; a group an administrator added without a translation shows its code. */
    public String group(String code) {
        try {
            return localizer.t("indicators.label.group." + code);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return code;
        }
    }

    public String period(String code) {
        return Period.tryParse(code).map(this::period).orElse(code);
    }

    public String period(Period period) {
        String year = Integer.toString(period.year());
        String number = Integer.toString(period.number());
        String extra = switch (period.type()) {
            case MONTH -> Month.of(period.number()).getDisplayName(TextStyle.FULL_STANDALONE, locale());
            case QUARTER -> ROMAN[period.number()];
            default -> "";
        };
        return localizer.t("indicators.label.period." + period.type().name(), number, year, extra);
    }

    private String format(@Nullable BigDecimal value, int minDecimals, int maxDecimals) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
