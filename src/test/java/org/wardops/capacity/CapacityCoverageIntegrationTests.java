package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.time.LocalTime;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Training coverage enters readiness through {@code indicators} only: when the training module publishes
 * {@code training.coverage.basicIt} for a unit, the unit is rescored (criterion {@code trainingCoverage}, weight 10:
 * 50 % gives 5.00 points), and the unit's readiness read later takes the value from the indicators facade.
 */
class CapacityCoverageIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Clock clock;
    @Autowired
    org.wardops.capacity.internal.ReadinessRecorder recorder;

    @Test
    void aPublishedCoverageRescoresTheUnitAndIsReadBackFromIndicators() throws Exception {
        // The demo start's backlog of published figures has drained before each test (IntegrationTest.publishedFiguresSettled),
        // so none of its publications lands on top of the test's.
        UUID unit = jdbc.sql("SELECT r.unit_id FROM capacity_readiness r JOIN directory_unit u ON u.id = r.unit_id "
                + "WHERE u.code NOT IN ('27259', '27265', '27286') ORDER BY r.unit_name DESC LIMIT 1").query(UUID.class).single();
        String month = YearMonth.from(LocalDate.now(clock.withZone(LocalTime.VIETNAM))).toString();
        BigDecimal before = score(unit);
        BigDecimal coverageBefore = points(unit);
        // What training published for the unit and month before (replaced by a publication of the same source), restored afterwards.
        Map<String, BigDecimal> published = new java.util.HashMap<>();
        jdbc.sql("SELECT data_element, amount FROM indicators_value WHERE unit_id = :u AND period_code = :p AND source = 'training'")
                .param("u", unit).param("p", month).query((rs, n) -> published.put(rs.getString(1), rs.getBigDecimal(2))).list();
        try {
            publish(new IndicatorValuesPublished("training", unit, month, Map.of("training.coverage.basicIt", new BigDecimal("50"),
                    "training.officers", new BigDecimal("6"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> points(unit).compareTo(new BigDecimal("5.00")) == 0);
            assertThat(score(unit)).isEqualByComparingTo(before.subtract(coverageBefore).add(new BigDecimal("5.00")));
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM indicators_value WHERE unit_id = :u AND period_code = :p "
                    + "AND data_element = 'training.coverage.basicIt' AND source = 'training'").param("u", unit).param("p", month).query(Long.class).single() == 1);
            JsonNode readiness = api.read(mvc.perform(get("/api/v1/units/" + unit + "/readiness").header("Authorization", api.bearer("leader"))).andReturn());
            JsonNode coverage = null;
            for (JsonNode criterion : readiness.get("criteria")) {
                if (criterion.get("code").asString().equals("trainingCoverage")) {
                    coverage = criterion;
                }
            }
            assertThat(coverage).isNotNull();
            assertThat(coverage.get("points").decimalValue()).isEqualByComparingTo("5.00");
            assertThat(coverage.get("max").decimalValue()).isEqualByComparingTo("10");
            assertThat(coverage.get("evidence").asString()).contains("50 %", month);
            assertThat(coverage.get("gap").asString()).startsWith("Tỷ lệ cán bộ đạt chuẩn CNTT cơ bản hoặc đã được bồi dưỡng: ").contains("50 %");
            assertThat(readiness.get("max").decimalValue()).isEqualByComparingTo("100");
        } finally {
            if (published.isEmpty()) {
                // Training had published nothing for this month: take the test's value away again once it is stored,
                // and rescore the unit from what is left.
                await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM indicators_value WHERE unit_id = :u "
                        + "AND period_code = :p AND source = 'training'").param("u", unit).param("p", month).query(Long.class).single() > 0);
                CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
                    jdbc.sql("DELETE FROM indicators_value WHERE unit_id = :u AND period_code = :p AND source = 'training'")
                            .param("u", unit).param("p", month).update();
                    recorder.recompute(unit);
                }));
            } else {
                publish(new IndicatorValuesPublished("training", unit, month, published));
                await().atMost(Duration.ofSeconds(60)).until(() -> points(unit).compareTo(coverageBefore) == 0);
            }
        }
    }

    private void publish(IndicatorValuesPublished event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private BigDecimal points(UUID unit) {
        return jdbc.sql("SELECT points FROM capacity_readiness_point WHERE unit_id = :u AND criterion_code = 'trainingCoverage'").param("u", unit)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    private BigDecimal score(UUID unit) {
        return jdbc.sql("SELECT score FROM capacity_readiness WHERE unit_id = :u").param("u", unit).query(BigDecimal.class).single();
    }
}
