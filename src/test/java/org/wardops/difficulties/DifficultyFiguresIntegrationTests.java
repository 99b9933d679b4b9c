package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.difficulties.internal.DifficultyFigures;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The difficulties' published figures (difficulties.submitted, difficulties.answered, difficulties.answeredOnTime, difficulties.open): the rebuild publishes one event per unit-month of the demo city
 * whose values equal a count from the rows of that unit-month alone; it is for administrators.
 */
@RecordApplicationEvents
class DifficultyFiguresIntegrationTests extends IntegrationTest {

    @Autowired
    DifficultyFigures figures;
    @Autowired
    DifficultyFiguresManagement management;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void theRebuildPublishesEveryUnitMonthWithTheCountsOfItsRows() {
        List<DifficultyFigures.Counts> all = figures.allCounts();
        assertThat(all.stream().map(DifficultyFigures.Counts::unitId).distinct().count()).isGreaterThanOrEqualTo(3);
        int published = CurrentActor.runAs(Actor.system(), management::republishAll);
        assertThat(published).isEqualTo(all.size());
        Map<String, IndicatorValuesPublished> byUnitMonth = events.stream(IndicatorValuesPublished.class)
                .filter(e -> e.source().equals(DifficultyFigures.SOURCE))
                .collect(Collectors.toMap(e -> e.unitId() + " " + e.period(), e -> e, (a, b) -> b));
        assertThat(byUnitMonth).hasSize(all.size());
        for (DifficultyFigures.Counts counts : all) {
            IndicatorValuesPublished event = byUnitMonth.get(counts.unitId() + " " + counts.month());
            assertThat(event).as(counts.toString()).isNotNull();
            assertThat(event.values()).isEqualTo(counts.values());
            assertThat(figures.counts(counts.unitId(), counts.month())).isEqualTo(counts);
        }
        assertThat(all.stream().mapToLong(DifficultyFigures.Counts::submitted).sum()).isPositive();
    }

    @Test
    void onlyAnAdministratorRepublishesEveryUnitMonth() throws Exception {
        assertThat(mvc.perform(post("/api/v1/difficulties/figures/republish").header("Authorization", api.bearer("leader"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var answer = mvc.perform(post("/api/v1/difficulties/figures/republish").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(answer).get("unitMonths").asInt()).isEqualTo(figures.allCounts().size());
    }
}
