package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The units a task goes to: a chosen list, the units a working group supervises, or every commune-level unit. */
public record CascadeTask(@Nullable List<UUID> unitIds, @Nullable UUID workingGroupId, boolean allUnits, @Nullable LocalDate dueDate) {
}
