package org.wardops.shared.web;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.time.LocalTime;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures, dates and reporting periods in the reader's language, for pages, e-mails and notifications alike:
 * "69,4 %" in Vietnamese and German, "69.4 %" in English; 23/12/2026 in Vietnamese and English, 23.12.2026 in German;
 * "Tháng 10/2025", "October 2025", "Oktober 2025"; "Quý IV/2025", "Q4 2025", "4. Quartal 2025"; "Tuần 47/2025",
 * "Week 47, 2025", "KW 47/2025". Periods are written as codes {@code 2025-10}, {@code 2025-Q4}, {@code 2025-W47},
 * {@code 2025}; anything else is shown as written.
 */
public final class Formats {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(0?[1-9]|[1-4]\\d|5[0-3])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final Localizer localizer;

    public Formats(Localizer localizer) {
        this.localizer = localizer;
    }

    private Locale locale() {
        return localizer.locale();
    }

    private boolean german() {
        return "de".equals(locale().getLanguage());
    }

    /** A figure with at most {@code decimals} decimals in the reader's language; empty for none. */
    public String number(@Nullable Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A percentage (0–100) with at most one decimal and a space before the sign, or "no data" for none. */
    public String percent(@Nullable Number value) {
        return value == null ? localizer.t("shared.label.noData") : number(value, 1) + "\u00a0%";
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : (german() ? GermanDates.DATE.format(date) : LocalTime.format(date));
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : (german() ? GermanDates.DATE_TIME.format(instant.atZone(LocalTime.VIETNAM)) : LocalTime.format(instant));
    }

    /** A reporting period in words ("Quý IV/2025"); a text that is no period code is returned unchanged. */
    public String period(@Nullable String code) {
        if (code == null) {
            return "";
        }
        String text = code.strip();
        return words(MONTH.matcher(text), "MONTH").or(() -> words(QUARTER.matcher(text), "QUARTER"))
                .or(() -> words(WEEK.matcher(text), "WEEK")).or(() -> words(YEAR.matcher(text), "YEAR")).orElse(code);
    }

    private Optional<String> words(Matcher matcher, String kind) {
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String year = matcher.group(1);
        int number = matcher.groupCount() > 1 ? Integer.parseInt(matcher.group(2)) : 0;
        String name = switch (kind) {
            case "MONTH" -> Month.of(number).getDisplayName(TextStyle.FULL_STANDALONE, locale());
            case "QUARTER" -> ROMAN[number];
            default -> "";
        };
        return Optional.of(localizer.t("shared.label.period." + kind, Integer.toString(number), year, name));
    }

    private static final class GermanDates {
        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    }
}
