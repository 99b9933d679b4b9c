package org.wardops.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupervisionPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWorkingGroupDashboardShowsItsUnitsRequestsAndSessions() throws Exception {
        mvc.perform(get("/supervision/working-groups/" + unit("79-TCT-15")).with(actors.session("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Khánh Hội")))
                .andExpect(content().string(containsString("Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW tháng 10/2025")))
                .andExpect(content().string(containsString("30/10/2025")));
        mvc.perform(get("/supervision/working-groups/" + unit("79-TCT-03")).with(actors.session("wg15.lead")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(actors.session("leader")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tổ công tác số 19")));
    }

    @Test
    void programmeSessionAndTemplatePagesRenderInEveryLanguage() throws Exception {
        UUID programme = jdbc.sql("SELECT id FROM supervision_programme WHERE code = '249-KH/UBKTTW'").query(UUID.class).single();
        UUID template = jdbc.sql("SELECT id FROM reporting_template ORDER BY version_no LIMIT 1").query(UUID.class).single();
        String[][] pages = {{"/programmes/" + programme, "leader"}, {"/sessions", "wg15.member"}, {"/report-requests", "xomchieu.officer"},
                {"/admin/report-templates", "admin"}, {"/admin/report-templates/" + template, "admin"}, {"/programmes", "auditor"}};
        for (String language : new String[] {"vi", "en", "de"}) {
            for (String[] page : pages) {
                mvc.perform(get(page[0]).with(actors.session(page[1])).header("Accept-Language", language))
                        .andExpect(status().isOk()).andExpect(content().string(containsString("<html lang=")));
            }
        }
        mvc.perform(get("/programmes/" + programme).with(actors.session("leader")))
                .andExpect(content().string(containsString("Chuyển đổi số")))
                .andExpect(content().string(containsString("Tổ công tác số 15")));
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    @Test
    void aGroupMemberRecordsASessionFromTheFormAndARefusalKeepsTheInput() throws Exception {
        UUID programme = jdbc.sql("SELECT id FROM supervision_programme WHERE code = '249-KH/UBKTTW'").query(UUID.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM supervision_session").query(Long.class).single();
        mvc.perform(post("/sessions").with(csrf()).with(actors.session("wg15.member"))
                        .param("programmeId", programme.toString()).param("place", "Phường Vĩnh Hội")
                        .param("conclusions", "Rà soát nhiệm vụ cuối năm"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Phường Vĩnh Hội\"")))
                .andExpect(content().string(containsString("Rà soát nhiệm vụ cuối năm</textarea>")))
                .andExpect(content().string(containsString("Vui lòng nhập ngày làm việc.")))
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một đơn vị.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_session").query(Long.class).single()).isEqualTo(before);
        UUID lead = jdbc.sql("SELECT id FROM directory_person WHERE full_name = 'Phạm Thị Thu Hà'").query(UUID.class).single();
        mvc.perform(post("/sessions").with(csrf()).with(actors.session("wg15.member"))
                        .param("programmeId", programme.toString()).param("heldOn", "2025-12-12").param("place", "Phường Vĩnh Hội")
                        .param("unitIds", unit("27286").toString()).param("participantIds", lead.toString())
                        .param("agenda", "Nghe báo cáo\nTrao đổi").param("minutes", "<p>Biên bản</p><script>x()</script>")
                        .param("conclusions", "Rà soát nhiệm vụ cuối năm\n\nƯu tiên nhiệm vụ liên quan đời sống người dân"))
                .andExpect(status().is3xxRedirection());
        UUID created = jdbc.sql("SELECT id FROM supervision_session WHERE held_on = :day").param("day", java.time.LocalDate.of(2025, 12, 12))
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT number FROM supervision_conclusion WHERE session_id = :id ORDER BY number").param("id", created)
                .query(Integer.class).list()).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT role FROM supervision_participant WHERE session_id = :id").param("id", created).query(String.class).single())
                .isEqualTo("CHAIR");
        assertThat(jdbc.sql("SELECT minutes_html FROM supervision_session WHERE id = :id").param("id", created).query(String.class).single())
                .doesNotContain("script");
        mvc.perform(get("/sessions/new").with(actors.session("xomchieu.chair"))).andExpect(status().isForbidden());
    }

    /** A returned report names who returned it (person and their own unit); a session page names the unit of each report. */
    @Test
    void aReportReturnedByTheCityOfficeSaysSoNotTheWorkingGroup() throws Exception {
        UUID returned = jdbc.sql("SELECT id FROM reporting_report WHERE state = 'RETURNED' ORDER BY id LIMIT 1").query(UUID.class).single();
        String page = pageIn("/reports/" + returned, "leader", "vi");
        assertThat(page).contains("id=\"return-reason\"").contains("Lê Hoàng Phúc (").contains("đã trả lại báo cáo để chỉnh sửa:")
                .doesNotContain("Tổ công tác trả lại báo cáo");
        assertThat(pageIn("/reports/" + returned, "leader", "en")).contains("returned this report for correction:").contains("Lê Hoàng Phúc (");
        assertThat(pageIn("/reports/" + returned, "leader", "de")).contains("hat diesen Bericht zur Korrektur zurückgegeben:");
    }

    @Test
    void theSessionPageListsItsReportsByUnitName() throws Exception {
        UUID session = jdbc.sql("SELECT session_id FROM supervision_session_report GROUP BY session_id ORDER BY COUNT(*) DESC LIMIT 1")
                .query(UUID.class).single();
        List<String> units = jdbc.sql("SELECT DISTINCT r.unit_id FROM supervision_session_report s JOIN reporting_report r ON r.id = s.report_id "
                        + "WHERE s.session_id = :session").param("session", session).query(UUID.class).list().stream()
                .map(id -> jdbc.sql("SELECT name FROM directory_unit WHERE id = :id").param("id", id).query(String.class).single()).toList();
        assertThat(units).isNotEmpty();
        String page = pageIn("/sessions/" + session, "wg15.lead", "vi");
        for (String unit : units) {
            assertThat(page).contains("Báo cáo của " + unit);
        }
        assertThat(page).doesNotContain(">Báo cáo của đơn vị<");
        assertThat(pageIn("/sessions/" + session, "wg15.lead", "en")).contains("Report of " + units.getFirst());
    }

    private String pageIn(String path, String username, String language) throws Exception {
        return mvc.perform(get(path).cookie(new jakarta.servlet.http.Cookie("wardops-lang", language)).with(actors.session(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
