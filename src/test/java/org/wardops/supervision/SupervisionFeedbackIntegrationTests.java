package org.wardops.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The recommendations and feedback of a session are changed on the session page and through the API. */
class SupervisionFeedbackIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    SupervisionManagement supervision;

    @Test
    void theGroupChangesFeedbackOnThePageAndARefusalKeepsEveryRow() throws Exception {
        SessionView session = newSession();
        UUID xomChieu = unit("27259");
        UUID first = session.feedback().getFirst().id();
        String page = page("/sessions/" + session.id(), "wg15.member");
        assertThat(page).contains("id=\"feedback-form\"").contains("name=\"feedback[1].recommendation\"").contains("Bổ sung máy tính");

        String refused = mvc.perform(post("/sessions/" + session.id() + "/feedback").with(csrf()).with(actors.session("wg15.member"))
                        .param("version", "0")
                        .param("feedback[0].id", first.toString()).param("feedback[0].unitId", xomChieu.toString())
                        .param("feedback[0].recommendation", "Bổ sung máy tính cho bộ phận một cửa").param("feedback[0].response", "")
                        .param("feedback[1].id", "").param("feedback[1].unitId", "")
                        .param("feedback[1].recommendation", "Tăng biên chế").param("feedback[1].response", "Thành phố xem xét"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"feedback[0].response-error\"").contains("id=\"feedback[1].unitId-error\"")
                .contains("Bổ sung máy tính cho bộ phận một cửa").contains("Tăng biên chế").contains("Thành phố xem xét");
        assertThat(actors.as("wg15.member", () -> supervision.session(session.id())).version()).isZero();

        mvc.perform(post("/sessions/" + session.id() + "/feedback").with(csrf()).with(actors.session("wg15.member"))
                        .param("version", "0")
                        .param("feedback[0].id", first.toString()).param("feedback[0].unitId", xomChieu.toString())
                        .param("feedback[0].recommendation", "Bổ sung máy tính cho bộ phận một cửa")
                        .param("feedback[0].response", "Sở KH&CN bố trí trong quý I")
                        .param("feedback[1].id", "").param("feedback[1].unitId", xomChieu.toString())
                        .param("feedback[1].recommendation", "Tăng biên chế").param("feedback[1].response", "Thành phố xem xét")
                        .param("feedback[2].id", "").param("feedback[2].unitId", "")
                        .param("feedback[2].recommendation", "").param("feedback[2].response", ""))
                .andExpect(status().is3xxRedirection());
        SessionView changed = actors.as("wg15.member", () -> supervision.session(session.id()));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.feedback()).extracting(SessionView.Feedback::response)
                .containsExactly("Sở KH&CN bố trí trong quý I", "Thành phố xem xét");
        assertThat(changed.feedback().getFirst().id()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'supervision.session.feedbackChanged' AND entity_id = :id")
                .param("id", session.id()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/sessions/" + session.id() + "/feedback").with(csrf()).with(actors.session("wg15.member"))
                        .param("version", "0").param("feedback[0].id", first.toString()).param("feedback[0].unitId", "")
                        .param("feedback[0].recommendation", "").param("feedback[0].response", ""))
                .andExpect(status().isOk());
        assertThat(actors.as("wg15.member", () -> supervision.session(session.id())).feedback()).hasSize(2);

        assertThat(page("/sessions/" + session.id(), "xomchieu.chair")).doesNotContain("id=\"feedback-form\"").contains("Thành phố xem xét");
        mvc.perform(post("/sessions/" + session.id() + "/feedback").with(csrf()).with(actors.session("xomchieu.chair"))
                        .param("version", "1").param("feedback[0].unitId", "").param("feedback[0].recommendation", "")
                        .param("feedback[0].response", ""))
                .andExpect(status().isForbidden());
        assertThat(actors.as("wg15.member", () -> supervision.session(session.id())).feedback()).hasSize(2);
    }

    @Test
    void theApiReplacesTheFeedbackAtTheVersionRead() throws Exception {
        SessionView session = newSession();
        UUID xomChieu = unit("27259");
        String lead = api.bearer("wg15.lead");
        Map<String, Object> body = Map.of("version", 0, "feedback", List.of(
                Map.of("id", session.feedback().getFirst().id(), "unitId", xomChieu, "recommendation", "Bổ sung máy tính",
                        "response", "Đã bố trí")));
        JsonNode changed = api.read(mvc.perform(put("/api/v1/sessions/" + session.id() + "/feedback").header("Authorization", lead)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andExpect(status().isOk()).andReturn());
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("feedback").get(0).get("response").asString()).isEqualTo("Đã bố trí");

        mvc.perform(put("/api/v1/sessions/" + session.id() + "/feedback").header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/sessions/" + session.id() + "/feedback").header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("version", 1, "feedback", List.of(
                                Map.of("unitId", unit("27265"), "recommendation", "Ngoài buổi làm việc", "response", "Không"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("feedback[0].unitId"));
        mvc.perform(put("/api/v1/sessions/" + session.id() + "/feedback").header("Authorization", api.bearer("xomchieu.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("version", 1, "feedback", List.of()))))
                .andExpect(status().isForbidden());
        assertThat(actors.as("wg15.lead", () -> supervision.session(session.id())).feedback()).hasSize(1);
    }

    private SessionView newSession() {
        UUID xomChieu = unit("27259");
        UUID programme = jdbc.sql("SELECT id FROM supervision_programme WHERE code = '249-KH/UBKTTW'").query(UUID.class).single();
        return actors.as("wg15.lead", () -> supervision.hold(new HoldSession(programme, null, LocalDate.of(2025, 12, 6), "Phường Xóm Chiếu",
                List.of(xomChieu), List.of(), List.of("Kiến nghị"), List.of(), "<p>Biên bản</p>",
                List.of(new HoldSession.NewFeedback(xomChieu, "Bổ sung máy tính", "Sở KH&CN xem xét")), List.of())));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(actors.session(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
