package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the task list; {@code q} matches title and description with or without diacritics. */
public record TaskSearch(@Nullable UUID unitId, @Nullable TaskState state, @Nullable LocalDate dueBefore,
                         @Nullable Boolean affectsLives, @Nullable UUID parentId, @Nullable String q) {

    public static TaskSearch all() {
        return new TaskSearch(null, null, null, null, null, null);
    }
}
