package org.wardops.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wardops.indicators.MonthlyFigures;
import org.wardops.reporting.Deadlines;
import org.wardops.reporting.ReportRequested;
import org.wardops.reporting.ReportView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The reports' figures per unit and month of the request's deadline, published to {@code indicators}:
 * {@code reports.due} (reports asked), {@code reports.submittedOnTime} and {@code reports.submittedLate} (by the first
 * submission, as {@link Deadlines#onTime} decides) and {@code reports.missing} (not submitted once the deadline day
 * has ended in Vietnam). A request recomputes its units' months, a first submission its unit's month, with one indexed
 * query of the unit's reports of that month, just before the transaction commits; {@link #refreshDeadline} follows
 * the deadlines that pass.
 */
@Component
public class ReportingFigures {

    public static final String SOURCE = "reporting";

    private static final String ROWS = "SELECT r.unit_id, q.deadline, r.first_submitted_at FROM reporting_report r "
            + "JOIN reporting_request q ON q.id = r.request_id";

    /** One unit-month's counts. */
    public record Counts(UUID unitId, YearMonth month, long due, long onTime, long late, long missing) implements MonthlyFigures.Figures {

        @Override
        public Map<String, BigDecimal> values() {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("reports.due", BigDecimal.valueOf(due));
            values.put("reports.submittedOnTime", BigDecimal.valueOf(onTime));
            values.put("reports.submittedLate", BigDecimal.valueOf(late));
            values.put("reports.missing", BigDecimal.valueOf(missing));
            return values;
        }
    }

    private record Row(UUID unitId, LocalDate deadline, @Nullable Instant firstSubmittedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MonthlyFigures changed;

    ReportingFigures(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.changed = new MonthlyFigures(SOURCE, events, (unitId, month) -> counts(unitId, month).values());
        this.clock = clock;
    }

    /** A unit was asked for a report: its month of the deadline is recomputed before the commit. */
    @EventListener
    void on(ReportRequested event) {
        changed.changed(event.unitId(), event.deadline());
    }

    /** A report was written: when its first submission changed (submitted, registered on paper), its month is recomputed. */
    public void written(ReportView before, ReportView after) {
        if (!Objects.equals(before.firstSubmittedAt(), after.firstSubmittedAt())) {
            jdbc.sql("SELECT deadline FROM reporting_request WHERE id = :id").param("id", after.requestId()).query(LocalDate.class).optional()
                    .ifPresent(deadline -> changed.changed(after.unitId(), deadline));
        }
    }

    /** The counts of one unit-month, from the unit's reports of that month (one indexed query). */
    public Counts counts(UUID unitId, YearMonth month) {
        List<Row> rows = jdbc.sql(ROWS + " WHERE r.unit_id = :unitId AND q.deadline >= :from AND q.deadline <= :to")
                .param("unitId", unitId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(ReportingFigures::row).list();
        return count(unitId, month, rows, clock.instant());
    }

    /** Every unit-month with reports asked, from one read of the reports (the rebuild and the demo). */
    public List<Counts> allCounts() {
        List<Row> rows = jdbc.sql(ROWS).query(ReportingFigures::row).list();
        Map<UUID, Map<YearMonth, List<Row>>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.unitId(), u -> new LinkedHashMap<>())
                .computeIfAbsent(YearMonth.from(row.deadline()), m -> new java.util.ArrayList<>()).add(row));
        Instant now = clock.instant();
        return grouped.entrySet().stream().flatMap(unit -> unit.getValue().entrySet().stream()
                .map(month -> count(unit.getKey(), month.getKey(), month.getValue(), now))).toList();
    }

    /** Publishes every unit-month with reports asked; answers how many unit-months were published. */
    public int republishAll() {
        return changed.publishAll(allCounts());
    }

    /** Recomputes the months of the units with a report still missing on the deadline that ended (run daily for yesterday). */
    public int refreshDeadline(LocalDate deadline) {
        List<UUID> units = jdbc.sql("SELECT DISTINCT r.unit_id FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id "
                + "WHERE q.deadline = :deadline AND r.first_submitted_at IS NULL").param("deadline", deadline).query(UUID.class).list();
        units.forEach(unit -> changed.changed(unit, deadline));
        return units.size();
    }

    private static Counts count(UUID unitId, YearMonth month, List<Row> rows, Instant now) {
        long onTime = 0;
        long late = 0;
        long missing = 0;
        for (Row row : rows) {
            if (row.firstSubmittedAt() != null) {
                if (Deadlines.onTime(row.firstSubmittedAt(), row.deadline())) {
                    onTime++;
                } else {
                    late++;
                }
            } else if (Deadlines.passed(row.deadline(), now)) {
                missing++;
            }
        }
        return new Counts(unitId, month, rows.size(), onTime, late, missing);
    }

    private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Row(rs.getObject("unit_id", UUID.class), rs.getObject("deadline", LocalDate.class), Sql.instant(rs, "first_submitted_at"));
    }
}
