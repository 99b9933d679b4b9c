package org.wardops.indicators;

import org.wardops.shared.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: an ISO week ({@code 2025-W47}), a month ({@code 2025-10}), a quarter ({@code 2025-Q4}) or a
 * year ({@code 2025}). Weeks roll up into the month that holds their Thursday (the ISO rule that also decides a
 * week's year), so every week belongs to exactly one month, quarter and year; a week that straddles two months
 * counts wholly in the month of its Thursday.
 */
public record Period(Type type, int year, int number) implements Comparable<Period> {

    public enum Type { WEEK, MONTH, QUARTER, YEAR }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year);
        }
        int max = switch (type) {
            case WEEK -> weeksIn(year);
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (type == Type.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException(type + " " + number);
        }
    }

    public static Period month(int year, int month) {
        return new Period(Type.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Type.QUARTER, year, quarter);
    }

    public static Period week(int year, int week) {
        return new Period(Type.WEEK, year, week);
    }

    public static Period year(int year) {
        return new Period(Type.YEAR, year, 0);
    }

    public static Period monthOf(LocalDate date) {
        return month(date.getYear(), date.getMonthValue());
    }

    /** The period written in one of the four ISO forms, or empty for anything else (including {@code 10/2025}). */
    public static Optional<Period> tryParse(String text) {
        String value = text.strip();
        try {
            Matcher m = WEEK.matcher(value);
            if (m.matches()) {
                return Optional.of(week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The period, or a 400 naming the field and the expected forms. */
    public static Period parse(String field, String text) {
        return tryParse(text).orElseThrow(() -> InvalidInputException.of(field, "indicators.error.period.invalid",
                text.length() > 40 ? text.substring(0, 40) : text));
    }

    public String code() {
        return switch (type) {
            case WEEK -> "%d-W%02d".formatted(year, number);
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> "%d-Q%d".formatted(year, number);
            case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public String toString() {
        return code();
    }

    public LocalDate start() {
        return switch (type) {
            case WEEK -> LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case WEEK -> start().plusDays(6);
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> LocalDate.of(year, number * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The Thursday of a week, which decides its month; the first day of any other period. */
    private LocalDate anchor() {
        return type == Type.WEEK ? start().plusDays(3) : start();
    }

    /** The next larger period this one rolls up into: week → month → quarter → year; a year has none. */
    public Optional<Period> parent() {
        LocalDate anchor = anchor();
        return switch (type) {
            case WEEK -> Optional.of(monthOf(anchor));
            case MONTH -> Optional.of(quarter(year, (number - 1) / 3 + 1));
            case QUARTER -> Optional.of(year(year));
            case YEAR -> Optional.empty();
        };
    }

    /** This period and every larger one it rolls up into, smallest first. */
    public List<Period> withAncestors() {
        List<Period> chain = new ArrayList<>();
        Optional<Period> current = Optional.of(this);
        while (current.isPresent()) {
            chain.add(current.get());
            current = current.get().parent();
        }
        return chain;
    }

    /** The periods one level down that roll up into this one: a year's quarters, a quarter's months, a month's weeks. */
    public List<Period> children() {
        List<Period> children = new ArrayList<>();
        switch (type) {
            case YEAR -> {
                for (int q = 1; q <= 4; q++) {
                    children.add(quarter(year, q));
                }
            }
            case QUARTER -> {
                for (int m = (number - 1) * 3 + 1; m <= number * 3; m++) {
                    children.add(month(year, m));
                }
            }
            case MONTH -> {
                LocalDate monday = start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (LocalDate day = monday; !day.isAfter(end()); day = day.plusWeeks(1)) {
                    Period week = week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    if (week.parent().orElseThrow().equals(this)) {
                        children.add(week);
                    }
                }
            }
            case WEEK -> {
            }
        }
        return children;
    }

    /** Whether {@code other} is this period or rolls up into it. */
    public boolean contains(Period other) {
        return other.withAncestors().contains(this);
    }

    /** The period of the same type just before this one (for trends). */
    public Period previous() {
        return switch (type) {
            case WEEK -> {
                LocalDate day = start().minusWeeks(1);
                yield week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
            case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
            case YEAR -> year(year - 1);
        };
    }

    /** The months that end in or before this period's end, back to {@code count} of them: a chart's axis. */
    public static List<Period> monthsEndingWith(Period month, int count) {
        List<Period> months = new ArrayList<>();
        Period current = month;
        for (int i = 0; i < count; i++) {
            months.addFirst(current);
            current = current.previous();
        }
        return months;
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : Integer.compare(other.type.ordinal(), type.ordinal());
    }
}
