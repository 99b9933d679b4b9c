package org.wardops.difficulties.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.DifficultyFigure;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.DifficultySubmitted;
import org.wardops.indicators.MonthlyFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The difficulties' figures per submitting unit and month of submission, published to {@code indicators}:
 * {@code difficulties.submitted} (every state but a draft), {@code difficulties.answered} (answered or resolved),
 * {@code difficulties.answeredOnTime} (answered by the due date) and {@code difficulties.open} (an answer is owed:
 * {@link DifficultyState#awaitsAnswer()}). Each change of state recomputes the unit's month with one indexed
 * aggregate query ({@code unit_id, state}) just before the transaction commits.
 */
@Component
public class DifficultyFigures {

    public static final String SOURCE = "difficulties";

    private static final String COUNTS = "SELECT COUNT(CASE WHEN d.state <> :draft THEN 1 END) AS submitted_count, "
            + "COUNT(CASE WHEN d.state IN (:answered) THEN 1 END) AS answered_count, "
            + "COUNT(CASE WHEN d.state IN (:answered) AND d.answered_on <= d.due_date THEN 1 END) AS on_time_count, "
            + "COUNT(CASE WHEN d.state IN (:open) THEN 1 END) AS open_count";

    /** One unit-month's counts. */
    public record Counts(UUID unitId, YearMonth month, long submitted, long answered, long answeredOnTime, long open) implements MonthlyFigures.Figures {

        @Override
        public Map<String, BigDecimal> values() {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("difficulties.submitted", BigDecimal.valueOf(submitted));
            values.put("difficulties.answered", BigDecimal.valueOf(answered));
            values.put("difficulties.answeredOnTime", BigDecimal.valueOf(answeredOnTime));
            values.put("difficulties.open", BigDecimal.valueOf(open));
            return values;
        }
    }

    private final JdbcClient jdbc;
    private final MonthlyFigures changed;

    DifficultyFigures(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.changed = new MonthlyFigures(SOURCE, events, (unitId, month) -> counts(unitId, month).values());
    }

    /** A difficulty was saved: when its state or dates changed, its unit's months before and after are recomputed. */
    public void saved(Difficulty before, Difficulty after) {
        if (before.state() != after.state() || !Objects.equals(before.submittedOn(), after.submittedOn())
                || !Objects.equals(before.answeredOn(), after.answeredOn()) || !Objects.equals(before.dueDate(), after.dueDate())) {
            changed.changed(before.unitId(), before.submittedOn());
            changed.changed(after.unitId(), after.submittedOn());
        }
    }

    /** A difficulty was submitted (also one recorded directly as submitted). */
    @EventListener
    void on(DifficultySubmitted event) {
        jdbc.sql("SELECT submitted_on FROM difficulties_difficulty WHERE id = :id").param("id", event.difficultyId()).query(LocalDate.class)
                .optional().ifPresent(day -> changed.changed(event.unitId(), day));
    }

    /** The counts of one unit-month, from the rows (one indexed aggregate query). */
    public Counts counts(UUID unitId, YearMonth month) {
        return jdbc.sql(COUNTS + " FROM difficulties_difficulty d WHERE d.unit_id = :unitId AND d.submitted_on >= :from AND d.submitted_on <= :to")
                .params(params()).param("unitId", unitId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, row) -> new Counts(unitId, month, rs.getLong("submitted_count"), rs.getLong("answered_count"),
                        rs.getLong("on_time_count"), rs.getLong("open_count"))).single();
    }

    /** Every unit-month with submitted difficulties, counted in one grouped query (the rebuild and the demo). */
    public List<Counts> allCounts() {
        return jdbc.sql(COUNTS + ", d.unit_id, EXTRACT(YEAR FROM d.submitted_on) AS y, EXTRACT(MONTH FROM d.submitted_on) AS m "
                        + "FROM difficulties_difficulty d WHERE d.submitted_on IS NOT NULL "
                        + "GROUP BY d.unit_id, EXTRACT(YEAR FROM d.submitted_on), EXTRACT(MONTH FROM d.submitted_on)")
                .params(params())
                .query((rs, row) -> new Counts(rs.getObject("unit_id", UUID.class), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        rs.getLong("submitted_count"), rs.getLong("answered_count"), rs.getLong("on_time_count"), rs.getLong("open_count"))).list();
    }

    /** Publishes every unit-month with submitted difficulties; answers how many unit-months were published. */
    public int republishAll() {
        return changed.publishAll(allCounts());
    }

    private static Map<String, Object> params() {
        // the states each figure counts, as the list filter DifficultySearch.figure lists them
        return Map.of("draft", DifficultyState.DRAFT.name(), "answered", DifficultyFigure.ANSWERED.states(), "open", DifficultyFigure.OPEN.states());
    }
}
