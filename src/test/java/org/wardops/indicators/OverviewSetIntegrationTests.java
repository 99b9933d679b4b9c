package org.wardops.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator set {@code overview} of migration V130 (weights = max points, sum 100, valid from 2025-07-01) and the
 * ranking {@code IndicatorManagement} makes of it from published figures, against totals computed by hand: a LOWER
 * indicator, a missing input (no score, counted in max), equal totals sharing a rank.
 */
class OverviewSetIntegrationTests extends IntegrationTest {

    @Autowired
    IndicatorManagement indicators;

    @Test
    void theSetHoldsTheSevenAreasWithTheirWeights() {
        List<IndicatorView> set = system(() -> indicators.indicators("overview", LocalDate.of(2025, 7, 1)));
        assertThat(set).extracting(IndicatorView::code).containsExactly("overview.reports.onTime", "overview.tasks.onTime", "overview.tasks.overdue",
                "overview.difficulties.onTime", "overview.capacity.readiness", "overview.training.basicIt", "overview.assistance.done");
        assertThat(set.stream().map(IndicatorView::max).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(set).filteredOn(i -> i.direction() == IndicatorView.Direction.LOWER).extracting(IndicatorView::code)
                .containsExactly("overview.tasks.overdue");
        assertThat(system(() -> indicators.indicators("overview", LocalDate.of(2025, 6, 30)))).isEmpty();
    }

    @Test
    void threeUnitsAreRankedOnTheirPublishedFiguresAsComputedByHand() {
        List<UUID> units = system(() -> indicators.communeUnits()).stream().map(u -> u.id()).limit(3).toList();
        String month = "2031-01";
        // A: reports 4/4 → 15; tasks on time 1/2 → 7.50; overdue 1 of 4 (LOWER) → 7.50; difficulties 2/2 → 15;
        //    readiness 30/40 → 11.25; assistance 9/10 → 13.50: 69.75 of 85 (no training figure: counts in max, adds nothing)
        publish(units.get(0), month, Map.of("reports.due", 4, "reports.submittedOnTime", 4, "tasks.done", 2, "tasks.doneOnTime", 1,
                "tasks.open", 2, "tasks.overdue", 1, "difficulties.answered", 2, "difficulties.answeredOnTime", 2), 30, 40, 9, 10);
        // B: reports 1/4 → 3.75; tasks 2/2 → 15; overdue 0 of 2 → 10; difficulties 0/1 → 0; readiness 40/40 → 15; assistance 5/10 → 7.50: 51.25
        publish(units.get(1), month, Map.of("reports.due", 4, "reports.submittedOnTime", 1, "tasks.done", 2, "tasks.doneOnTime", 2,
                "tasks.open", 0, "tasks.overdue", 0, "difficulties.answered", 1, "difficulties.answeredOnTime", 0), 40, 40, 5, 10);
        // C: the same figures as B: the same rank
        publish(units.get(2), month, Map.of("reports.due", 4, "reports.submittedOnTime", 1, "tasks.done", 2, "tasks.doneOnTime", 2,
                "tasks.open", 0, "tasks.overdue", 0, "difficulties.answered", 1, "difficulties.answeredOnTime", 0), 40, 40, 5, 10);
        PageResult<RankingRow> ranking = system(() -> indicators.ranking("overview", month, null, new PageRequest(0, 10)));
        assertThat(ranking.total()).isEqualTo(3);
        assertThat(ranking.items()).extracting(RankingRow::unitId).startsWith(units.get(0));
        assertThat(ranking.items()).extracting(RankingRow::rank).containsExactly(1, 2, 2);
        assertThat(ranking.items().get(0).total()).isEqualByComparingTo("69.75");
        assertThat(ranking.items().get(1).total()).isEqualByComparingTo("51.25");
        assertThat(ranking.items()).allSatisfy(row -> assertThat(row.max()).isEqualByComparingTo("100"));
        ScoreCard card = system(() -> indicators.scoreCard(units.get(0), month, "overview"));
        assertThat(card.total()).isEqualByComparingTo("69.75");
        assertThat(card.rank()).isEqualTo(1);
        assertThat(card.groups()).extracting(ScoreCard.Group::code).containsExactly("REPORTING", "TASKS", "DIFFICULTIES", "CAPACITY", "CITIZEN_SUPPORT");
    }

    private void publish(UUID unit, String month, Map<String, Integer> counts, int readiness, int readinessMax, int done, int total) {
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        counts.forEach((code, value) -> figures.put(code, BigDecimal.valueOf(value)));
        system(() -> {
            indicators.storePublished(new IndicatorValuesPublished("figures-test", unit, month, figures));
            indicators.storePublished(new IndicatorValuesPublished("figures-test-capacity", unit, month,
                    Map.of("capacity.readiness.score", BigDecimal.valueOf(readiness), "capacity.readiness.max", BigDecimal.valueOf(readinessMax))));
            indicators.storePublished(new IndicatorValuesPublished("figures-test-assistance", unit, month,
                    Map.of("assistance.done", BigDecimal.valueOf(done), "assistance.total", BigDecimal.valueOf(total))));
            return null;
        });
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(Actor.system(), work);
    }
}
