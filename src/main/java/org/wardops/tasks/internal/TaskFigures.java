package org.wardops.tasks.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wardops.indicators.MonthlyFigures;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.TaskAssigned;
import org.wardops.tasks.TaskStage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.wardops.tasks.internal.TaskColumns.LEAF;

/**
 * The tasks' figures per lead unit and month of the due date, published to {@code indicators} as
 * {@code tasks.open}, {@code tasks.overdue}, {@code tasks.done} (accepted) and {@code tasks.doneOnTime} (accepted,
 * completion reported by the due date). Cancelled tasks count nowhere; a task cascaded to units counts at the units
 * (its leaves), not at the issuer. Each change recomputes the unit-months it touched with one indexed aggregate query
 * ({@code unit_id, due_date}) just before its transaction commits; {@link #refreshDueOn} follows the days that turn
 * open tasks overdue.
 */
@Component
public class TaskFigures {

    public static final String SOURCE = "tasks";

    private static final String COUNTS = "SELECT COUNT(CASE WHEN t.stage IN (:active) THEN 1 END) AS open_count, "
            + "COUNT(CASE WHEN t.stage IN (:active) AND t.due_date < :today THEN 1 END) AS overdue_count, "
            + "COUNT(CASE WHEN t.stage = :accepted THEN 1 END) AS done_count, "
            + "COUNT(CASE WHEN t.stage = :accepted AND t.completed_on <= t.due_date THEN 1 END) AS on_time_count";

    /** One unit-month's counts. */
    public record Counts(UUID unitId, YearMonth month, long open, long overdue, long done, long doneOnTime) implements MonthlyFigures.Figures {

        @Override
        public Map<String, BigDecimal> values() {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("tasks.open", BigDecimal.valueOf(open));
            values.put("tasks.overdue", BigDecimal.valueOf(overdue));
            values.put("tasks.done", BigDecimal.valueOf(done));
            values.put("tasks.doneOnTime", BigDecimal.valueOf(doneOnTime));
            return values;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MonthlyFigures changed;

    TaskFigures(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.changed = new MonthlyFigures(SOURCE, events, (unitId, month) -> counts(unitId, month).values());
        this.clock = clock;
    }

    /** A task was written: its unit-months before and after the change are recomputed before the commit. */
    public void changed(UUID unitBefore, LocalDate dueBefore, UUID unitAfter, LocalDate dueAfter) {
        changed.changed(unitBefore, dueBefore);
        changed.changed(unitAfter, dueAfter);
    }

    /** A new task (or a cascaded one, whose parent stops being a leaf of the issuer). */
    @EventListener
    void on(TaskAssigned event) {
        changed.changed(event.unitId(), event.dueDate());
        List<Object[]> parent = jdbc.sql("SELECT p.unit_id, p.due_date FROM tasks_task t JOIN tasks_task p ON p.id = t.parent_id WHERE t.id = :id")
                .param("id", event.taskId())
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)}).list();
        parent.forEach(p -> changed.changed((UUID) p[0], (LocalDate) p[1]));
    }

    /** The counts of one unit-month, from the rows (one indexed aggregate query). */
    public Counts counts(UUID unitId, YearMonth month) {
        LocalDate today = today();
        return jdbc.sql(COUNTS + " FROM tasks_task t WHERE t.unit_id = :unitId AND t.due_date >= :from AND t.due_date <= :to AND " + LEAF)
                .params(params(today)).param("unitId", unitId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, row) -> new Counts(unitId, month, rs.getLong("open_count"), rs.getLong("overdue_count"), rs.getLong("done_count"),
                        rs.getLong("on_time_count"))).single();
    }

    /** Every unit-month that has tasks, counted in one grouped query over the table (the rebuild and the demo). */
    public List<Counts> allCounts() {
        return jdbc.sql(COUNTS + ", t.unit_id, EXTRACT(YEAR FROM t.due_date) AS y, EXTRACT(MONTH FROM t.due_date) AS m "
                        + "FROM tasks_task t WHERE " + LEAF + " GROUP BY t.unit_id, EXTRACT(YEAR FROM t.due_date), EXTRACT(MONTH FROM t.due_date)")
                .params(params(today()))
                .query((rs, row) -> new Counts(rs.getObject("unit_id", UUID.class), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        rs.getLong("open_count"), rs.getLong("overdue_count"), rs.getLong("done_count"), rs.getLong("on_time_count"))).list();
    }

    /** Publishes every unit-month that has tasks; answers how many unit-months were published. */
    public int republishAll() {
        return changed.publishAll(allCounts());
    }

    /**
     * Recomputes the units' months of the given due date: run daily for yesterday, whose open tasks became overdue
     * today. Answers the number of unit-months published.
     */
    public int refreshDueOn(LocalDate dueDate) {
        List<UUID> units = new ArrayList<>(jdbc.sql("SELECT DISTINCT t.unit_id FROM tasks_task t WHERE t.due_date = :day AND t.stage IN (:active)")
                .param("day", dueDate).param("active", TaskColumns.activeStages()).query(UUID.class).list());
        units.forEach(unit -> changed.changed(unit, dueDate));
        return units.size();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    private static Map<String, Object> params(LocalDate today) {
        return Map.of("active", TaskColumns.activeStages(), "accepted", TaskStage.ACCEPTED.name(), "today", today);
    }
}
