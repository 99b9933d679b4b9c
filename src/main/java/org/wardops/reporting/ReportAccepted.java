package org.wardops.reporting;

import java.util.UUID;

/** The working group accepted a unit's report. */
public record ReportAccepted(UUID reportId, UUID requestId, UUID unitId) {
}
