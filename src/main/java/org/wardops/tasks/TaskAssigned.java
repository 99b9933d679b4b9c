package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A unit (and its owner, when named) received a task. */
public record TaskAssigned(UUID taskId, UUID unitId, @Nullable UUID ownerPersonId, String title, LocalDate dueDate) {
}
