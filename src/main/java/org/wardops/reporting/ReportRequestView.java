package org.wardops.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request for reports: a template, a period, the units asked, a deadline.
 *
 * @param requestedById the working group (or city office) that asks
 */
public record ReportRequestView(UUID id, UUID templateId, String templateName, int templateVersion, String period,
                                String title, UUID requestedById, String requestedByName, LocalDate deadline,
                                List<UUID> unitIds, Instant createdAt) {

    public ReportRequestView {
        unitIds = List.copyOf(unitIds);
    }
}
