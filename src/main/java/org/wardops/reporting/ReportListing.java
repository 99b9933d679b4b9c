package org.wardops.reporting;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.PageResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One page of reports with their request and timeliness: the records behind a unit's monthly report figures
 * ({@code reports.due}, {@code reports.submittedOnTime}, {@code reports.submittedLate}, {@code reports.missing}).
 * {@code notShown} counts the reports the filter matches that the reader may not read (another unit's drafts), so a
 * list shorter than the figure says why.
 */
public record ReportListing(PageResult<Row> rows, long notShown) {

    /** How a report stands against its deadline, as the figures count it. */
    public enum Timeliness {
        ON_TIME, LATE, MISSING, NOT_DUE_YET
    }

    public record Row(UUID reportId, UUID unitId, String requestTitle, String period, LocalDate deadline, ReportState state,
                      @Nullable Instant firstSubmittedAt, Timeliness timeliness) {

        public static Timeliness timeliness(LocalDate deadline, @Nullable Instant firstSubmittedAt, Instant now) {
            if (firstSubmittedAt != null) {
                return Deadlines.onTime(firstSubmittedAt, deadline) ? Timeliness.ON_TIME : Timeliness.LATE;
            }
            return Deadlines.passed(deadline, now) ? Timeliness.MISSING : Timeliness.NOT_DUE_YET;
        }
    }
}
