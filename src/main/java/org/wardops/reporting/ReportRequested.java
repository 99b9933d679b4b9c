package org.wardops.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One unit was asked for a report: published for each unit of a request, next to {@link ReportsRequested}, so that a
 * listener handles one unit at a time and an event stays small even when a request asks all units of the city.
 */
public record ReportRequested(UUID reportId, UUID requestId, UUID unitId, LocalDate deadline) {
}
