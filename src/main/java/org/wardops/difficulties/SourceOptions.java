package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reports of a unit and the supervision sessions that covered it, for linking a difficulty to where it came from. */
public record SourceOptions(List<Option> reports, List<Option> sessions) {

    public SourceOptions {
        reports = List.copyOf(reports);
        sessions = List.copyOf(sessions);
    }

    /** One report (day submitted, document number) or session (day held, working group). */
    public record Option(UUID id, @Nullable LocalDate day, @Nullable String detail) {
    }
}
