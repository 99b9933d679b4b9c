package org.wardops.reporting;

import java.util.UUID;

/** A unit's leader submitted the unit's report (again, after a return, when {@code resubmission}). */
public record ReportSubmitted(UUID reportId, UUID requestId, UUID unitId, boolean late, boolean resubmission) {
}
