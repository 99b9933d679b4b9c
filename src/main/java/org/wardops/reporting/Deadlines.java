package org.wardops.reporting;

import org.wardops.shared.time.LocalTime;

import java.time.Instant;
import java.time.LocalDate;

/** Deadlines are days in Vietnam: a report is on time when it is first submitted before that day ends in Ho Chi Minh City. */
public final class Deadlines {

    private Deadlines() {
    }

    public static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
    }

    public static boolean onTime(Instant firstSubmittedAt, LocalDate deadline) {
        return firstSubmittedAt.isBefore(endOf(deadline));
    }

    public static boolean passed(LocalDate deadline, Instant now) {
        return !now.isBefore(endOf(deadline));
    }
}
