package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DifficultyPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitViewListsTheWardsOwnDifficultiesAndHtmxGetsTheTableOnly() throws Exception {
        mvc.perform(get("/difficulties").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có công chức chuyên trách chuyển đổi số")))
                .andExpect(content().string(not(containsString("Di dời người dân khỏi chung cư cũ"))));
        mvc.perform(get("/difficulties").param("q", "chuyen trach").header("HX-Request", "true").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Chưa có công chức chuyên trách chuyển đổi số")));
    }

    @Test
    void scriptTypedIntoADifficultyIsStoredAndShownAsInertText() throws Exception {
        String xomChieu = unitId("27259");
        String location = mvc.perform(post("/difficulties").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("unitId", xomChieu).param("title", "<script>alert('x')</script>").param("description", "<img src=x onerror=alert(1)>")
                        .param("recommendation", "Đề nghị").param("category", "OTHER").param("severity", "LOW").param("addresseeType", "WORKING_GROUP"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/difficulties/");
        mvc.perform(get(location).with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert('x')&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = count();
        mvc.perform(post("/difficulties").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("unitId", unitId("27259")).param("title", "Máy in hỏng").param("description", "   ")
                        .param("recommendation", "Đề nghị thay").param("category", "").param("severity", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Máy in hỏng\"")))
                .andExpect(content().string(containsString("Vui lòng nhập nội dung")))
                .andExpect(content().string(containsString("Vui lòng chọn một lĩnh vực")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void answeringAsSomeoneWhoIsNotTheAddresseeIsRefusedOnThePage() throws Exception {
        String id = storyDifficulty("Công chức kiêm nhiệm nhiều chức danh");
        long version = jdbc.sql("SELECT version FROM difficulties_difficulty WHERE id = :id").param("id", UUID.fromString(id)).query(Long.class).single();
        mvc.perform(post("/difficulties/" + id + "/answer").with(csrf()).with(actors.session("khanhhoi.officer"))
                        .param("version", String.valueOf(version)).param("text", "Tôi trả lời thay"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Tổ công tác số 15")));
        mvc.perform(post("/difficulties/" + id + "/resolve").with(csrf()).with(actors.session("wg15.member"))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT version FROM difficulties_difficulty WHERE id = :id").param("id", UUID.fromString(id)).query(Long.class).single())
                .isEqualTo(version);
    }

    @Test
    void coSigningOnesOwnDifficultyIsRefusedWithAClearMessage() throws Exception {
        String id = storyDifficulty("Trang thiết bị tin học lạc hậu, không đồng bộ");
        mvc.perform(post("/difficulties/" + id + "/cosign").with(csrf()).with(actors.session("xomchieu.officer")).param("text", "Chúng tôi cũng vậy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể xác nhận khó khăn do chính đơn vị mình nêu.")));
    }

    @Test
    void inboxBoardOverviewCommonsAndProposalPagesRender() throws Exception {
        mvc.perform(get("/difficulties/inbox").with(actors.session("wg15.member")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Công chức kiêm nhiệm nhiều chức danh")));
        mvc.perform(get("/difficulties/board").with(actors.session("wg15.lead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phường Vĩnh Hội")))
                .andExpect(content().string(containsString("heat-")));
        mvc.perform(get("/difficulties/overview").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tỷ lệ trả lời đúng hạn")));
        mvc.perform(get("/common-difficulties").with(actors.session("wg15.lead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Gợi ý nhóm khó khăn chung")));
        mvc.perform(get("/proposals").with(actors.session("leader")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ban Thường vụ Thành ủy")));
        String proposal = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_proposal ORDER BY created_at LIMIT 1").query(String.class).single();
        mvc.perform(get("/proposals/" + proposal).with(actors.session("leader")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phụ lục")));
        mvc.perform(get("/difficulties/board").param("group", unitId("79-TCT-01")).with(actors.session("wg15.lead")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesSpeakEnglishAndGerman() throws Exception {
        mvc.perform(get("/difficulties/overview").cookie(new jakarta.servlet.http.Cookie("wardops-lang", "en")).with(actors.session("leader")))
                .andExpect(content().string(containsString("Answered on time")));
        mvc.perform(get("/difficulties/overview").cookie(new jakarta.servlet.http.Cookie("wardops-lang", "de")).with(actors.session("leader")))
                .andExpect(content().string(containsString("Fristgerecht beantwortet")));
    }

    private String storyDifficulty(String title) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_difficulty WHERE title = :title AND unit_id = :unit")
                .param("title", title).param("unit", UUID.fromString(unitId("27259"))).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty").query(Long.class).single();
    }

    private String unitId(String code) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
