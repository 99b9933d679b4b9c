package org.wardops.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.reporting.internal.ReportingFigures;
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
 * The reports' published figures (reports.due, reports.submittedOnTime, reports.submittedLate, reports.missing): the rebuild publishes one event per unit-month of the demo city
 * whose values equal a count from the rows of that unit-month alone; it is for administrators.
 */
@RecordApplicationEvents
class ReportingFiguresIntegrationTests extends IntegrationTest {

    @Autowired
    ReportingFigures figures;
    @Autowired
    ReportingFiguresManagement management;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void theRebuildPublishesEveryUnitMonthWithTheCountsOfItsRows() {
        List<ReportingFigures.Counts> all = figures.allCounts();
        assertThat(all.stream().map(ReportingFigures.Counts::unitId).distinct().count()).isGreaterThanOrEqualTo(3);
        int published = CurrentActor.runAs(Actor.system(), management::republishAll);
        assertThat(published).isEqualTo(all.size());
        Map<String, IndicatorValuesPublished> byUnitMonth = events.stream(IndicatorValuesPublished.class)
                .filter(e -> e.source().equals(ReportingFigures.SOURCE))
                .collect(Collectors.toMap(e -> e.unitId() + " " + e.period(), e -> e, (a, b) -> b));
        assertThat(byUnitMonth).hasSize(all.size());
        for (ReportingFigures.Counts counts : all) {
            IndicatorValuesPublished event = byUnitMonth.get(counts.unitId() + " " + counts.month());
            assertThat(event).as(counts.toString()).isNotNull();
            assertThat(event.values()).isEqualTo(counts.values());
            assertThat(figures.counts(counts.unitId(), counts.month())).isEqualTo(counts);
        }
        assertThat(all.stream().mapToLong(ReportingFigures.Counts::due).sum()).isPositive();
    }

    @Test
    void onlyAnAdministratorRepublishesEveryUnitMonth() throws Exception {
        assertThat(mvc.perform(post("/api/v1/reporting/figures/republish").header("Authorization", api.bearer("leader"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var answer = mvc.perform(post("/api/v1/reporting/figures/republish").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(answer).get("unitMonths").asInt()).isEqualTo(figures.allCounts().size());
    }
}
