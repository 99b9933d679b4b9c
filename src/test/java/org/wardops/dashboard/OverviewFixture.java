package org.wardops.dashboard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.DirectoryManagement;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Names;
import org.wardops.indicators.SaveIndicator;
import org.wardops.support.Actors;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * An {@code overview} set valid only in March 2015 (long before any demo data or the migration's own overview set, so no other test's figures change), with two
 * indicators in two areas, and values published for Xóm Chiếu (strong) and Khánh Hội (weak); Vĩnh Hội has none.
 * Until the figures of reporting and tasks are published by those modules, the test publishes them itself.
 */
final class OverviewFixture {

    static final String PERIOD = "2015-03";
    /** The code the indicators API accepts for a set (capitals); the dashboard reads it as the overview set. */
    static final String SET = "OVERVIEW";
    static final String SOURCE = "overview-test";
    static final String STRONG = "27259";
    static final String WEAK = "27265";
    static final String EMPTY = "27286";

    private OverviewFixture() {
    }

    static synchronized void ensure(Actors actors, IndicatorManagement indicators, DirectoryManagement directory, ApplicationEventPublisher events,
                                    TransactionTemplate transaction) {
        boolean defined = actors.as("admin", () -> indicators.sets().contains(SET)
                && indicators.indicators(SET, LocalDate.of(2015, 3, 31)).stream().anyMatch(i -> i.code().equals("overviewtest.tasksOverdue")));
        if (defined) {
            return;
        }
        UUID strong = unit(actors, directory, STRONG);
        UUID weak = unit(actors, directory, WEAK);
        publish(events, transaction, strong, Map.of("tasks.overdue", 1, "tasks.open", 10, "reports.submittedOnTime", 10, "reports.due", 10));
        publish(events, transaction, weak, Map.of("tasks.overdue", 5, "tasks.open", 10, "reports.submittedOnTime", 3, "reports.due", 10));
        await().atMost(Duration.ofSeconds(120)).until(() -> actors.as("admin", () -> {
            var values = indicators.values(weak, PERIOD).values();
            return values.stream().anyMatch(v -> v.dataElement().equals("reports.due") && v.value() != null)
                    && indicators.values(strong, PERIOD).values().stream().anyMatch(v -> v.dataElement().equals("reports.due") && v.value() != null);
        }));
        actors.as("admin", () -> {
            indicators.createIndicator(new SaveIndicator("overviewtest.tasksOverdue", new Names("Nhiệm vụ quá hạn", "Tasks overdue", "Überfällige Aufgaben"),
                    SET, "TASKS", "#{tasks.overdue}", "#{tasks.open}", null, new BigDecimal("10"), IndicatorView.Direction.LOWER,
                    List.of(), 1, LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31), null));
            indicators.createIndicator(new SaveIndicator("overviewtest.reportsOnTime", new Names("Báo cáo đúng hạn", "Reports on time", "Fristgerechte Berichte"),
                    SET, "REPORTS", "#{reports.submittedOnTime}", "#{reports.due}", new BigDecimal("1"), new BigDecimal("20"),
                    IndicatorView.Direction.HIGHER, List.of(), 2, LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31), null));
        });
    }

    static UUID unit(Actors actors, DirectoryManagement directory, String code) {
        return actors.as("admin", () -> directory.unitByCode(code).orElseThrow().id());
    }

    private static void publish(ApplicationEventPublisher events, TransactionTemplate transaction, UUID unit, Map<String, Integer> values) {
        Map<String, BigDecimal> decimals = new java.util.HashMap<>();
        values.forEach((code, value) -> decimals.put(code, BigDecimal.valueOf(value)));
        transaction.executeWithoutResult(status -> events.publishEvent(new IndicatorValuesPublished(SOURCE, unit, PERIOD, decimals)));
    }
}
