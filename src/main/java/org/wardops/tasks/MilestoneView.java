package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A project milestone: planned, and reached on its actual date. */
public record MilestoneView(UUID id, String name, LocalDate plannedDate, @Nullable LocalDate actualDate) {

    public boolean reached() {
        return actualDate != null;
    }

    /** Reached after its planned date, or not reached although the planned date has passed. */
    public boolean late(LocalDate today) {
        return actualDate != null ? actualDate.isAfter(plannedDate) : today.isAfter(plannedDate);
    }
}
