package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.difficulties.internal.DifficultyFigures;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.UnitValues;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The difficulties' published figures (difficulties.submitted, difficulties.answered, difficulties.answeredOnTime, difficulties.open) equal a count from the rows for every unit-month of the demo city
 * (published by DemoFigures and by the demo's own changes); the rebuild is for administrators.
 */
class DifficultyFiguresIntegrationTests extends IntegrationTest {

    private static final List<String> CODES = List.of("difficulties.submitted", "difficulties.answered", "difficulties.answeredOnTime", "difficulties.open");

    @Autowired
    DifficultyFigures figures;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void everyUnitMonthOfTheDemoPublishedTheFiguresOfItsRows() {
        List<DifficultyFigures.Counts> all = figures.allCounts();
        assertThat(all).isNotEmpty();
        assertThat(all.stream().map(DifficultyFigures.Counts::unitId).distinct().count()).isGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> all.forEach(counts -> assertThat(published(counts.unitId(), counts.month()))
                .as(counts.unitId() + " " + counts.month()).isEqualTo(expected(counts))));
        all.forEach(counts -> assertThat(figures.counts(counts.unitId(), counts.month())).isEqualTo(counts));
    }

    @Test
    void onlyAnAdministratorRepublishesEveryUnitMonth() throws Exception {
        assertThat(mvc.perform(post("/api/v1/difficulties/figures/republish").header("Authorization", api.bearer("leader"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var answer = mvc.perform(post("/api/v1/difficulties/figures/republish").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(answer).get("unitMonths").asInt()).isEqualTo(figures.allCounts().size());
    }

    private Map<String, Long> published(UUID unit, YearMonth month) {
        UnitValues values = CurrentActor.runAs(Actor.system(), () -> indicators.values(unit, month.toString()));
        Map<String, Long> found = new TreeMap<>();
        values.values().stream().filter(v -> CODES.contains(v.dataElement()) && v.value() != null)
                .forEach(v -> found.put(v.dataElement(), v.value().longValue()));
        return found;
    }

    private static Map<String, Long> expected(DifficultyFigures.Counts counts) {
        Map<String, Long> values = new TreeMap<>();
        values.put("difficulties.submitted", counts.submitted());
        values.put("difficulties.answered", counts.answered());
        values.put("difficulties.answeredOnTime", counts.answeredOnTime());
        values.put("difficulties.open", counts.open());
        return values;
    }
}
