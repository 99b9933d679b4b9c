package org.wardops.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.DirectoryManagement;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import org.wardops.tasks.internal.TaskFigures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The tasks' published figures (tasks.open, tasks.overdue, tasks.done, tasks.doneOnTime per lead unit and month of the
 * due date): the last event published for a unit-month (what indicators keeps) equals a count from scratch — for every
 * unit-month of the demo city on a rebuild (accepted tasks included), after random creations, completions reported,
 * cancellations and due-date moves,
 * after a removal; the rebuild is for administrators.
 */
@RecordApplicationEvents
class TaskFiguresIntegrationTests extends IntegrationTest {

    private static final List<String> CODES = List.of("tasks.open", "tasks.overdue", "tasks.done", "tasks.doneOnTime");

    @Autowired
    TaskManagement tasks;
    @Autowired
    TaskFigures figures;
    @Autowired
    TaskFiguresManagement management;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void theRebuildPublishesEveryUnitMonthWithTheCountsOfItsRows() {
        List<TaskFigures.Counts> all = figures.allCounts();
        assertThat(all.stream().map(TaskFigures.Counts::unitId).distinct().count()).isGreaterThanOrEqualTo(168);
        assertThat(system(management::republishAll)).isEqualTo(all.size());
        Map<String, IndicatorValuesPublished> published = lastEvents();
        for (TaskFigures.Counts counts : all) {
            assertThat(published.get(counts.unitId() + " " + counts.month())).as(counts.toString()).isNotNull()
                    .extracting(IndicatorValuesPublished::values).isEqualTo(counts.values());
            assertThat(figures.counts(counts.unitId(), counts.month())).isEqualTo(counts);
        }
    }

    @Test
    void afterRandomChangesThePublishedFiguresEqualACountFromScratch() {
        UUID unit = system(() -> indicators.communeUnits()).getLast().id();
        int year = LocalDate.now().getYear() + 3;
        Random random = new Random(11);
        List<UUID> created = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                int number = i;
                LocalDate due = LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(28));
                TaskView task = system(() -> tasks.create(new SaveTask("Nhiệm vụ kiểm thử số liệu " + number, "Kiểm thử", null, null, unit, null,
                        LocalDate.now(), due, TaskPriority.NORMAL, false, null, null, null, null)));
                created.add(task.id());
                switch (random.nextInt(4)) {
                    case 0 -> system(() -> tasks.reportCompletion(task.id(), "Xong", null));
                    case 1 -> system(() -> tasks.cancel(task.id(), "Không còn cần"));
                    case 2 -> {
                        TaskView current = system(() -> tasks.task(task.id()));
                        LocalDate moved = LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(28));
                        system(() -> tasks.change(task.id(), current.version(), new SaveTask(current.title(), "Kiểm thử", null, null, unit, null,
                                current.startDate(), moved, TaskPriority.NORMAL, false, null, null, null, null)));
                    }
                    default -> {
                    }
                }
            }
            for (int month = 1; month <= 3; month++) {
                YearMonth ym = YearMonth.of(year, month);
                Map<String, Long> scratch = expected(figures.counts(unit, ym));
                assertThat(scratch.values().stream().mapToLong(Long::longValue).sum()).as("tasks of " + ym).isGreaterThanOrEqualTo(0);
                assertThat(published(unit, ym)).as(ym.toString()).isEqualTo(scratch);
            }
            long inRows = jdbc.sql("SELECT COUNT(*) FROM tasks_task WHERE unit_id = :unit AND due_date >= :from AND due_date <= :to AND stage <> 'CANCELLED'")
                    .param("unit", unit).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 3, 31)).query(Long.class).single();
            long published = 0;
            for (int month = 1; month <= 3; month++) {
                Map<String, Long> values = published(unit, YearMonth.of(year, month));
                published += values.getOrDefault("tasks.open", 0L) + values.getOrDefault("tasks.done", 0L);
            }
            assertThat(published).isEqualTo(inRows);
        } finally {
            transaction.executeWithoutResult(status -> {
                if (!created.isEmpty()) {
                    jdbc.sql("DELETE FROM tasks_progress WHERE task_id IN (:ids)").param("ids", created).update();
                    jdbc.sql("DELETE FROM tasks_coordinating_unit WHERE task_id IN (:ids)").param("ids", created).update();
                    jdbc.sql("DELETE FROM tasks_task WHERE id IN (:ids)").param("ids", created).update();
                }
                for (int month = 1; month <= 3; month++) {
                    figures.changed(unit, LocalDate.of(year, month, 1), unit, LocalDate.of(year, month, 1));
                }
            });
        }
        for (int month = 1; month <= 3; month++) {
            assertThat(published(unit, YearMonth.of(year, month))).isEqualTo(expected(new TaskFigures.Counts(unit, YearMonth.of(year, month), 0, 0, 0, 0)));
        }
    }

    @Test
    void onlyAnAdministratorRepublishesEveryUnitMonth() throws Exception {
        assertThat(mvc.perform(post("/api/v1/tasks/figures/republish").header("Authorization", api.bearer("leader"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var answer = mvc.perform(post("/api/v1/tasks/figures/republish").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(answer).get("unitMonths").asInt()).isEqualTo(figures.allCounts().size());
        assertThat(system(management::refreshOverdue)).isGreaterThanOrEqualTo(0);
    }

    /** The values of the last event published for the unit-month (what indicators stores, replacing the earlier ones). */
    private Map<String, Long> published(UUID unit, YearMonth month) {
        IndicatorValuesPublished event = lastEvents().get(unit + " " + month);
        Map<String, Long> found = new TreeMap<>();
        if (event != null) {
            event.values().forEach((code, value) -> found.put(code, value.longValue()));
        }
        return found;
    }

    private Map<String, IndicatorValuesPublished> lastEvents() {
        return events.stream(IndicatorValuesPublished.class).filter(e -> e.source().equals(TaskFigures.SOURCE))
                .collect(Collectors.toMap(e -> e.unitId() + " " + e.period(), e -> e, (a, b) -> b));
    }

    private static Map<String, Long> expected(TaskFigures.Counts counts) {
        Map<String, Long> values = new TreeMap<>();
        values.put("tasks.open", counts.open());
        values.put("tasks.overdue", counts.overdue());
        values.put("tasks.done", counts.done());
        values.put("tasks.doneOnTime", counts.doneOnTime());
        return values;
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(Actor.system(), work);
    }
}
