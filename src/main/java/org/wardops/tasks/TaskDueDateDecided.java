package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** The issuer approved or refused a requested due date. */
public record TaskDueDateDecided(UUID taskId, UUID unitId, @Nullable UUID ownerPersonId, String title, boolean approved, LocalDate dueDate) {
}
