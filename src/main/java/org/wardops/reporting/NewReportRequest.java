package org.wardops.reporting;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Asks units for reports. An empty {@code unitIds} asks every unit the requesting working group supervises;
 * {@code requestedById} defaults to the actor's working group or unit.
 */
public record NewReportRequest(@Nullable UUID templateId, @Nullable String period, @Nullable List<UUID> unitIds,
                               @Nullable LocalDate deadline, @Nullable String title, @Nullable UUID requestedById) {
}
