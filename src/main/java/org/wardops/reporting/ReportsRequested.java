package org.wardops.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Units were asked for reports for a period by a deadline. */
public record ReportsRequested(UUID requestId, UUID requestedById, List<UUID> unitIds, LocalDate deadline) {
}
