package org.wardops.tasks;

import java.time.LocalDate;
import java.util.UUID;

/** A unit asked its issuer for a new due date. */
public record TaskDueDateRequested(UUID taskId, UUID issuingUnitId, String title, LocalDate requestedDueDate) {
}
