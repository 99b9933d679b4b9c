package org.wardops.reporting;

import org.wardops.shared.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as written in requests: {@code 2025} (year), {@code 2025-Q4} (quarter), {@code 2025-10} (month)
 * or {@code 2025-W47} (ISO week), with the first and last day it covers.
 */
public record Period(String text, Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { YEAR, QUARTER, MONTH, WEEK }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Period parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            int year = year(m.group(1), text);
            return new Period(value, Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int year = year(m.group(1), text);
            int quarter = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(value, Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth month = YearMonth.of(year(m.group(1), text), Integer.parseInt(m.group(2)));
            return new Period(value, Kind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if ((m = WEEK.matcher(value)).matches()) {
            int year = year(m.group(1), text);
            int week = Integer.parseInt(m.group(2));
            LocalDate anyDay = LocalDate.of(year, 6, 1);
            long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (week < 1 || week > weeks) {
                throw invalid(text);
            }
            LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(value, Kind.WEEK, monday, monday.plusDays(6));
        }
        throw invalid(text);
    }

    private static int year(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < 2000 || year > 2100) {
            throw invalid(text);
        }
        return year;
    }

    private static InvalidInputException invalid(String text) {
        return InvalidInputException.of("period", "reporting.error.period.invalid", text == null ? "" : text);
    }

    @Override
    public String toString() {
        return text;
    }
}
