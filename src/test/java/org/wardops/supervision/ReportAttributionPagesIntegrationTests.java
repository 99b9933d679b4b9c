package org.wardops.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A returned report names who returned it (person and their own unit); a session page names the unit of each report. */
class ReportAttributionPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportReturnedByTheCityOfficeSaysSoNotTheWorkingGroup() throws Exception {
        UUID returned = jdbc.sql("SELECT id FROM reporting_report WHERE state = 'RETURNED' ORDER BY id LIMIT 1").query(UUID.class).single();
        String page = page("/reports/" + returned, "leader", "vi");
        assertThat(page).contains("id=\"return-reason\"").contains("Lê Hoàng Phúc (").contains("đã trả lại báo cáo để chỉnh sửa:")
                .doesNotContain("Tổ công tác trả lại báo cáo");
        assertThat(page("/reports/" + returned, "leader", "en")).contains("returned this report for correction:").contains("Lê Hoàng Phúc (");
        assertThat(page("/reports/" + returned, "leader", "de")).contains("hat diesen Bericht zur Korrektur zurückgegeben:");
    }

    @Test
    void theSessionPageListsItsReportsByUnitName() throws Exception {
        UUID session = jdbc.sql("SELECT session_id FROM supervision_session_report GROUP BY session_id ORDER BY COUNT(*) DESC LIMIT 1")
                .query(UUID.class).single();
        List<String> units = jdbc.sql("SELECT DISTINCT r.unit_id FROM supervision_session_report s JOIN reporting_report r ON r.id = s.report_id "
                        + "WHERE s.session_id = :session").param("session", session).query(UUID.class).list().stream()
                .map(id -> jdbc.sql("SELECT name FROM directory_unit WHERE id = :id").param("id", id).query(String.class).single()).toList();
        assertThat(units).isNotEmpty();
        String page = page("/sessions/" + session, "wg15.lead", "vi");
        for (String unit : units) {
            assertThat(page).contains("Báo cáo của " + unit);
        }
        assertThat(page).doesNotContain(">Báo cáo của đơn vị<");
        assertThat(page("/sessions/" + session, "wg15.lead", "en")).contains("Report of " + units.getFirst());
    }

    private String page(String path, String username, String language) throws Exception {
        return mvc.perform(get(path).cookie(new jakarta.servlet.http.Cookie("wardops-lang", language)).with(actors.session(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
