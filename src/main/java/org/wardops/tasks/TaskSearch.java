package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Filters of the task list; {@code q} matches title and description with or without diacritics. {@code dueMonth}
 * lists the tasks due in that month that a unit carries itself (a task cascaded to other units counts through its
 * sub-tasks): the tasks behind a unit's monthly task figures.
 */
public record TaskSearch(@Nullable UUID unitId, @Nullable TaskState state, @Nullable LocalDate dueBefore,
                         @Nullable Boolean affectsLives, @Nullable UUID parentId, @Nullable String q, @Nullable YearMonth dueMonth) {

    public TaskSearch(@Nullable UUID unitId, @Nullable TaskState state, @Nullable LocalDate dueBefore,
                      @Nullable Boolean affectsLives, @Nullable UUID parentId, @Nullable String q) {
        this(unitId, state, dueBefore, affectsLives, parentId, q, null);
    }

    public static TaskSearch all() {
        return new TaskSearch(null, null, null, null, null, null, null);
    }
}
