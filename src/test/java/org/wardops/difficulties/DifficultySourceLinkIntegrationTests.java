package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DifficultySourceLinkIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDifficultyFromAReportOrASessionLinksToItAndAdHocKeepsItsFreeText() throws Exception {
        UUID xomChieu = unit("27259");
        UUID report = jdbc.sql("SELECT id FROM reporting_report WHERE unit_id = :unit ORDER BY id LIMIT 1").param("unit", xomChieu).query(UUID.class).single();
        UUID session = jdbc.sql("SELECT session_id FROM supervision_session_unit WHERE unit_id = :unit ORDER BY session_id LIMIT 1")
                .param("unit", xomChieu).query(UUID.class).single();

        String fromReport = api.read(create(xomChieu, "REPORT", report, "Báo cáo tháng 10").andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceId").value(report.toString())).andReturn()).get("id").asString();
        assertThat(page("/difficulties/" + fromReport)).contains("href=\"/reports/" + report + "\"").contains("Báo cáo tháng 10");

        String fromSession = api.read(create(xomChieu, "SESSION", session, null).andExpect(status().isCreated()).andReturn()).get("id").asString();
        assertThat(page("/difficulties/" + fromSession)).contains("href=\"/sessions/" + session + "\"");

        String adHoc = api.read(create(xomChieu, "AD_HOC", null, "Phản ánh tại hội nghị").andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceId").isEmpty()).andReturn()).get("id").asString();
        assertThat(page("/difficulties/" + adHoc)).contains("Phản ánh tại hội nghị").doesNotContain("difficulty-source-link");

        assertThat(page("/difficulties/new")).contains("value=\"" + report + "\"").contains("value=\"" + session + "\"");
    }

    @Test
    void aLinkToAnotherUnitsReportOrAnAdHocLinkIsRefusedAtTheField() throws Exception {
        UUID xomChieu = unit("27259");
        UUID otherReport = jdbc.sql("SELECT id FROM reporting_report WHERE unit_id = :unit ORDER BY id LIMIT 1").param("unit", unit("27265"))
                .query(UUID.class).single();
        create(xomChieu, "REPORT", otherReport, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceId"))
                .andExpect(jsonPath("$.errors[0].code").value("difficulties.error.source.unknown"));
        create(xomChieu, "REPORT", UUID.randomUUID(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("difficulties.error.source.unknown"));
        create(xomChieu, "AD_HOC", otherReport, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("difficulties.error.source.adHocHasNoLink"));
    }

    private ResultActions create(UUID unit, String source, UUID sourceId, String sourceRef) throws Exception {
        return mvc.perform(post("/api/v1/difficulties").header("Authorization", api.bearer("xomchieu.officer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":\"" + unit + "\",\"title\":\"Nguồn khó khăn " + source + "\",\"description\":\"Mô tả nguồn.\","
                        + "\"category\":\"OTHER\",\"severity\":\"LOW\",\"recommendation\":\"Đề nghị xem xét.\",\"source\":\"" + source + "\""
                        + (sourceId == null ? "" : ",\"sourceId\":\"" + sourceId + "\"")
                        + (sourceRef == null ? "" : ",\"sourceRef\":\"" + sourceRef + "\"") + "}"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(actors.session("xomchieu.officer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
