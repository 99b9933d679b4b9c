package org.wardops.tasks;

import java.util.UUID;

/** A unit reported a task completed; its issuer must accept or return it. */
public record TaskCompletionReported(UUID taskId, UUID issuingUnitId, String title) {
}
