package org.wardops.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Vietnam's time zone for display and day boundaries; instants are stored in UTC. */
public final class LocalTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LocalTime() {
    }

    public static String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public static String format(LocalDate date) {
        return DATE.format(date);
    }
}
