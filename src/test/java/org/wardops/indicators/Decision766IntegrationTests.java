package org.wardops.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The Decision 766 preset reproduces a hand-computed score card to the cent, through the API. */
class Decision766IntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePresetReproducesAHandComputedExampleToTheCent() throws Exception {
        String admin = api.bearer("admin");
        String unit = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = '27259'").query(String.class).single();
        String body = """
                {"unitId":"%s","period":"2023-03","values":[
                 {"dataElement":"dossiers.received","value":1000},{"dataElement":"dossiers.onTime","value":950},
                 {"dataElement":"dossiers.late","value":30},{"dataElement":"dossiers.online","value":720},
                 {"dataElement":"dossiers.fullyOnline","value":540},{"dataElement":"dossiers.paidOnline","value":360},
                 {"dataElement":"dossiers.eResults","value":784},{"dataElement":"dossiers.digitised","value":830},
                 {"dataElement":"dossiers.published","value":940},{"dataElement":"feedback.received","value":20},
                 {"dataElement":"feedback.handledOnTime","value":19},{"dataElement":"feedback.rated","value":12},
                 {"dataElement":"feedback.satisfied","value":10},{"dataElement":"procedures.rated","value":300},
                 {"dataElement":"procedures.satisfied","value":261}]}""".formatted(unit);
        assertThat(mvc.perform(put("/api/v1/indicator-values").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        JsonNode card = api.read(mvc.perform(get("/api/v1/scores").param("unitId", unit).param("period", "2023-03").param("set", "766")
                .header("Authorization", admin)).andReturn());
        // By hand: 18 × 0.94; 14 × 950/980; 6 × (1 − 0.03); 6 × 0.72/0.8; 6 × 0.75/0.8; 10 × 0.5/0.6; 11 × 0.83; 11 × 0.8;
        // 6 × 0.95; 6 × 10/12; 6 × 0.87/0.9.
        Map<String, String> points = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        card.get("groups").forEach(group -> {
            groups.put(group.get("code").asString(), group.get("points").decimalValue().setScale(2).toPlainString());
            group.get("indicators").forEach(indicator -> points.put(indicator.get("code").asString(), indicator.get("points").decimalValue().setScale(2).toPlainString()));
        });
        assertThat(points).containsEntry("766.transparency.published", "16.92").containsEntry("766.progress.onTime", "13.57")
                .containsEntry("766.progress.late", "5.82").containsEntry("766.online.received", "5.40").containsEntry("766.online.fully", "5.63")
                .containsEntry("766.payment.online", "8.33").containsEntry("766.digitisation.records", "9.13")
                .containsEntry("766.digitisation.eResults", "8.80").containsEntry("766.satisfaction.feedbackOnTime", "5.70")
                .containsEntry("766.satisfaction.feedback", "5.00").containsEntry("766.satisfaction.procedures", "5.80");
        assertThat(groups).containsEntry("TRANSPARENCY", "16.92").containsEntry("PROGRESS", "19.39").containsEntry("ONLINE_SERVICE", "11.03")
                .containsEntry("ONLINE_PAYMENT", "8.33").containsEntry("DIGITISATION", "17.93").containsEntry("SATISFACTION", "16.50");
        assertThat(card.get("total").decimalValue()).isEqualByComparingTo("90.10");
        assertThat(card.get("max").decimalValue()).isEqualByComparingTo("100");
        JsonNode satisfaction = card.get("groups").get(5);
        assertThat(satisfaction.get("max").decimalValue()).isEqualByComparingTo("18");
        assertThat(satisfaction.get("indicators").get(2).get("target").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(satisfaction.get("indicators").get(2).get("inputs").toString()).contains("procedures.satisfied", "261");

        MvcResult ranking = mvc.perform(get("/api/v1/rankings").param("set", "766").param("period", "2023-03").header("Authorization", admin)).andReturn();
        JsonNode first = api.read(ranking).get("items").get(0);
        assertThat(first.get("unitCode").asString()).isEqualTo("27259");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("90.10");
    }

    @Test
    void theDemoCityScoresNearItsPublishedLevel() throws Exception {
        String leader = api.bearer("leader");
        String month = jdbc.sql("SELECT MAX(period_code) FROM indicators_total WHERE set_code = '766' AND period_code LIKE '____-__' AND period_code NOT LIKE '%Q%'").query(String.class).single();
        JsonNode ranking = api.read(mvc.perform(get("/api/v1/rankings").param("set", "766").param("period", month).param("size", "500")
                .header("Authorization", leader)).andReturn());
        assertThat(ranking.get("total").asInt()).isEqualTo(168);
        double sum = 0;
        double min = 100;
        double max = 0;
        for (JsonNode row : ranking.get("items")) {
            double total = row.get("total").asDouble();
            sum += total;
            min = Math.min(min, total);
            max = Math.max(max, total);
        }
        assertThat(sum / 168).isBetween(82.0, 89.0);
        assertThat(max - min).isGreaterThan(8.0);
    }
}
