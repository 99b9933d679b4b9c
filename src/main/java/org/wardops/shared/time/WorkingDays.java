package org.wardops.shared.time;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deadline arithmetic in working days: Monday to Friday except public holidays. The holidays come from a plain
 * file ({@code wardops.calendar.holidays}, by default Viet Nam's public holidays 2025–2027 with Tết), so a
 * deployment follows the government's yearly announcement by replacing a file, not by changing code.
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> holidays;

    @Autowired
    WorkingDays(@Value("${wardops.calendar.holidays:classpath:calendar/holidays-vn.txt}") Resource file) {
        this(read(file));
    }

    private WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingDays of(Set<LocalDate> holidays) {
        return new WorkingDays(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day that lies {@code days} working days after {@code from}; with 0, {@code from} itself or, when it is
     * no working day, the next working day. A deadline never lands on a weekend or holiday.
     */
    public LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int left = days;
        while (left > 0 || !isWorkingDay(day)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) up to {@code to} (inclusive); 0 when {@code to} is not after it. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    private static Set<LocalDate> read(Resource file) {
        Set<LocalDate> days = new TreeSet<>();
        try {
            for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    days.add(LocalDate.parse(text.split("\\s+", 2)[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + file, e);
        }
        return days;
    }
}
