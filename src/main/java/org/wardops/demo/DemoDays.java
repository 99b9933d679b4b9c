package org.wardops.demo;

import org.wardops.shared.time.LocalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The demo's days: moments in Ho Chi Minh City and quarters as offices write them. */
final class DemoDays {

    private DemoDays() {
    }

    /** The full hour of the day in Vietnam. */
    static Instant moment(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(LocalTime.VIETNAM).toInstant();
    }

    /** "quý III/2025": the quarter of the day. */
    static String quarter(LocalDate day) {
        return "quý " + List.of("I", "II", "III", "IV").get((day.getMonthValue() - 1) / 3) + "/" + day.getYear();
    }
}
