package org.wardops.reporting;

import java.util.UUID;

/** The working group sent a report back to its unit for correction, with the reason. */
public record ReportReturned(UUID reportId, UUID requestId, UUID unitId, String reason) {
}
