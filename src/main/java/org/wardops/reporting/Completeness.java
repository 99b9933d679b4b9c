package org.wardops.reporting;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Completeness and timeliness of one request: per unit where its report stands, and the counts. Expected are the
 * units asked; a report counts as submitted from its first submission on, which alone decides on time or late; a
 * unit that never submitted is missing once the deadline day has ended.
 */
public record Completeness(UUID requestId, String period, LocalDate deadline, int expected, int submitted, int onTime,
                           int late, int missing, int accepted, int returned, int drafts, int notStarted,
                           double submittedPercent, double onTimePercent, List<Row> rows) {

    public enum Status { NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, ACCEPTED, MISSING }

    /** What the calculation needs of one unit's report. */
    public record Entry(UUID unitId, String unitCode, String unitName, String unitSortKey, UUID reportId, ReportState state,
                        boolean started, @Nullable Instant firstSubmittedAt) {
    }

    /**
     * One unit's line of the matrix.
     *
     * @param late whether the first submission came after the deadline; null while nothing was submitted
     */
    public record Row(UUID unitId, String unitCode, String unitName, UUID reportId, ReportState state, Status status,
                      @Nullable Instant firstSubmittedAt, @Nullable Boolean late, String sortKey) {
    }

    /** The orders the matrix can be shown in. */
    public enum Sort {
        UNIT(Comparator.comparing(Row::sortKey)),
        STATUS(Comparator.comparing(Row::status).thenComparing(Row::sortKey)),
        SUBMITTED(Comparator.comparing(Row::firstSubmittedAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Row::sortKey));

        private final Comparator<Row> order;

        Sort(Comparator<Row> order) {
            this.order = order;
        }

        public static Sort parse(@Nullable String value) {
            if (value == null) {
                return UNIT;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return UNIT;
            }
        }
    }

    public static Completeness of(UUID requestId, String period, LocalDate deadline, List<Entry> entries, Instant now, Sort sort) {
        boolean deadlinePassed = Deadlines.passed(deadline, now);
        List<Row> rows = entries.stream().map(entry -> row(entry, deadline, deadlinePassed)).sorted(sort.order).toList();
        int submitted = count(rows, row -> row.firstSubmittedAt() != null);
        int late = count(rows, row -> Boolean.TRUE.equals(row.late()));
        int expected = rows.size();
        return new Completeness(requestId, period, deadline, expected, submitted, submitted - late, late,
                count(rows, row -> row.status() == Status.MISSING), count(rows, row -> row.status() == Status.ACCEPTED),
                count(rows, row -> row.status() == Status.RETURNED), count(rows, row -> row.status() == Status.DRAFT),
                count(rows, row -> row.status() == Status.NOT_STARTED), percent(submitted, expected), percent(submitted - late, expected), rows);
    }

    private static Row row(Entry entry, LocalDate deadline, boolean deadlinePassed) {
        Instant first = entry.firstSubmittedAt();
        Boolean late = first == null ? null : !Deadlines.onTime(first, deadline);
        Status status;
        if (first == null) {
            status = deadlinePassed ? Status.MISSING : entry.started() ? Status.DRAFT : Status.NOT_STARTED;
        } else {
            status = switch (entry.state()) {
                case ACCEPTED -> Status.ACCEPTED;
                case RETURNED -> Status.RETURNED;
                case SUBMITTED, DRAFT -> Boolean.TRUE.equals(late) ? Status.SUBMITTED_LATE : Status.SUBMITTED_ON_TIME;
            };
        }
        return new Row(entry.unitId(), entry.unitCode(), entry.unitName(), entry.reportId(), entry.state(), status, first, late,
                entry.unitSortKey());
    }

    private static int count(List<Row> rows, java.util.function.Predicate<Row> test) {
        return (int) rows.stream().filter(test).count();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
