package org.wardops.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indicator set {@code overview} of migration V130 (weights = max points, sum 100, valid from 2025-07-01) and its
 * ranking of the demo city from the figures the modules published: dense ranks by total, no total above its maximum,
 * every ranked unit's score card adding up to its row.
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
    void theDemoCityIsRankedOnThePublishedFigures() {
        String month = system(() -> indicators.currentMonth()).code();
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(system(() -> indicators.ranking("overview", month, null,
                new PageRequest(0, 500)))).satisfies(page -> assertThat(page.total()).isGreaterThanOrEqualTo(168)));
        PageResult<RankingRow> ranking = system(() -> indicators.ranking("overview", month, null, new PageRequest(0, 500)));
        int rank = 0;
        BigDecimal previous = null;
        for (RankingRow row : ranking.items()) {
            assertThat(row.total()).isLessThanOrEqualTo(row.max());
            assertThat(row.max()).isLessThanOrEqualTo(new BigDecimal("100"));
            if (previous == null || row.total().compareTo(previous) < 0) {
                rank++;
            }
            assertThat(row.rank()).as(row.unitName()).isEqualTo(rank);
            previous = row.total();
        }
        RankingRow first = ranking.items().getFirst();
        ScoreCard card = system(() -> indicators.scoreCard(first.unitId(), month, "overview"));
        assertThat(card.total()).isEqualByComparingTo(first.total());
        assertThat(card.rank()).isEqualTo(1);
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(Actor.system(), work);
    }
}
