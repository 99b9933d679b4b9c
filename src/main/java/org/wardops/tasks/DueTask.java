package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** An open task with its due date, for reminders. */
public record DueTask(UUID taskId, UUID unitId, @Nullable UUID ownerPersonId, String title, LocalDate dueDate) {
}
