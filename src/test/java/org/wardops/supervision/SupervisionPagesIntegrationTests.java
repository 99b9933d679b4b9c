package org.wardops.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
}
