package org.wardops.reporting.web;

import org.jspecify.annotations.Nullable;
import org.wardops.reporting.NewReportRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The new-request form as posted; shown again as typed when refused. */
public record ReportRequestForm(@Nullable UUID templateId, @Nullable String period, @Nullable String deadline, @Nullable String title,
                                @Nullable List<UUID> unitIds) {

    static ReportRequestForm empty() {
        return new ReportRequestForm(null, "", "", "", List.of());
    }

    NewReportRequest command() {
        return new NewReportRequest(templateId, period, unitIds == null ? List.of() : unitIds, parsedDeadline(), title, null);
    }

    private @Nullable LocalDate parsedDeadline() {
        try {
            return deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    public boolean chosen(UUID unitId) {
        return unitIds != null && unitIds.contains(unitId);
    }
}
