package org.wardops.reporting;

import java.util.UUID;

/** An officer marked the unit's draft report ready: it now waits for the unit leader's signature. */
public record ReportMarkedReady(UUID reportId, UUID requestId, UUID unitId, String markedBy) {
}
