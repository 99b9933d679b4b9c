package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input answers 400 naming the field and changes nothing; pages offer only what the reader may do; lists never cut silently. */
class DifficultiesInputIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DifficultyManagement difficulties;

    @Test
    void aNulABidiOverrideOrAnOverlongTextIsRefusedOnTheApiAndNothingIsSaved() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        long before = count("difficulties_difficulty");
        mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content(difficulty("Máy chủ\\u0000 hỏng", "Mô tả")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("shared.error.text.control"));
        mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content(difficulty("Máy chủ \\u202Egnỏh", "Mô tả")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("shared.error.text.bidi"));
        mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content(difficulty("Máy chủ hỏng", "x".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].code").value("shared.error.text.tooLong"));
        assertThat(count("difficulties_difficulty")).isEqualTo(before);

        String lead = api.bearer("wg15.lead");
        long proposals = count("difficulties_proposal");
        UUID common = jdbc.sql("SELECT id FROM difficulties_common ORDER BY created_at LIMIT 1").query(UUID.class).single();
        mvc.perform(post("/api/v1/proposals").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Đề xuất \\u202E\",\"problem\":\"Vấn đề\",\"mechanism\":\"Cơ chế\",\"decidingBody\":\"Ban Thường vụ\","
                                + "\"requestedDecision\":\"Thống nhất\",\"commonDifficultyIds\":[\"" + common + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("shared.error.text.bidi"));
        mvc.perform(post("/api/v1/proposals").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Đề xuất\",\"problem\":\"Vấn đề\",\"mechanism\":\"Cơ chế\",\"decidingBody\":\"Ban Thường vụ\","
                                + "\"requestedDecision\":\"Thống nhất\",\"commonDifficultyIds\":[null]}"))
                .andExpect(status().isBadRequest());
        assertThat(count("difficulties_proposal")).isEqualTo(proposals);
    }

    @Test
    void aBidiTitleOnTheFormIsShownAgainWithItsMessageAndWhatWasTyped() throws Exception {
        long before = count("difficulties_difficulty");
        mvc.perform(post("/difficulties").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("unitId", actors.actor("xomchieu.officer").unitId().toString())
                        .param("title", "Máy chủ \u202Egnỏh").param("description", "Mô tả đã nhập").param("category", "INFRASTRUCTURE")
                        .param("severity", "LOW").param("recommendation", "Kiến nghị").param("addresseeType", "WORKING_GROUP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Có ký tự đảo chiều văn bản (bidi) không được phép.")))
                .andExpect(content().string(containsString("Mô tả đã nhập")));
        assertThat(count("difficulties_difficulty")).isEqualTo(before);
    }

    @Test
    void aVolunteerIsNotOfferedTheDifficultyFormAndCannotRaiseOne() throws Exception {
        mvc.perform(get("/difficulties").with(actors.session("volunteer.xomchieu")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("href=\"/difficulties/new"))));
        mvc.perform(get("/difficulties/new").with(actors.session("volunteer.xomchieu"))).andExpect(status().isForbidden());
        mvc.perform(get("/difficulties").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/difficulties/new")));
        long before = count("difficulties_difficulty");
        mvc.perform(post("/api/v1/difficulties").header("Authorization", api.bearer("volunteer.xomchieu")).contentType(MediaType.APPLICATION_JSON)
                        .content(difficulty("Máy chủ hỏng", "Mô tả")))
                .andExpect(status().isForbidden());
        assertThat(count("difficulties_difficulty")).isEqualTo(before);
    }

    @Test
    void submittingAProposalOnThePageAsksForConfirmation() throws Exception {
        UUID common = jdbc.sql("SELECT id FROM difficulties_common ORDER BY created_at LIMIT 1").query(UUID.class).single();
        ProposalView draft = actors.as("wg15.lead", () -> proposalsCreate(common));
        String page = mvc.perform(get("/proposals/" + draft.id()).with(actors.session("wg15.lead"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"confirm\"", "required");
        mvc.perform(post("/proposals/" + draft.id() + "/submit").with(csrf()).with(actors.session("wg15.lead")).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng xác nhận trước khi trình đề xuất.")));
        assertThat(jdbc.sql("SELECT state FROM difficulties_proposal WHERE id = :id").param("id", draft.id()).query(String.class).single())
                .isEqualTo("DRAFT");
        mvc.perform(post("/proposals/" + draft.id() + "/submit").with(csrf()).with(actors.session("wg15.lead")).param("version", "0")
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT state FROM difficulties_proposal WHERE id = :id").param("id", draft.id()).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theInboxIsPagedWithTheTotalOfEverythingWaiting() throws Exception {
        long waiting = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty WHERE addressee_unit_id = :group AND state IN (:states)")
                .param("group", actors.actor("wg15.member").workingGroupId())
                .param("states", DifficultyState.namesWhere(DifficultyState::awaitsAnswer)).query(Long.class).single();
        assertThat(waiting).isGreaterThan(1);
        PageResult<DifficultyView> first = actors.as("wg15.member", () -> difficulties.inbox(new PageRequest(0, 1)));
        assertThat(first.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(waiting);
        PageResult<DifficultyView> second = actors.as("wg15.member", () -> difficulties.inbox(new PageRequest(1, 1)));
        assertThat(second.items()).extracting(DifficultyView::id).doesNotContainAnyElementsOf(first.items().stream().map(DifficultyView::id).toList());
        mvc.perform(get("/difficulties/inbox").with(actors.session("wg15.member")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(waiting + " mục đang chờ trả lời")));
    }

    @Test
    void theAuditorReadsAWorkingGroupsBoardWithoutTheGroupingSuggestions() throws Exception {
        String group = actors.actor("wg15.lead").workingGroupId().toString();
        mvc.perform(get("/difficulties/board").param("group", group).with(actors.session("auditor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phường Vĩnh Hội")))
                .andExpect(content().string(not(containsString("gợi ý nhóm khó khăn chung đang chờ xem xét"))));
        mvc.perform(get("/difficulties/board").param("group", group).with(actors.session("wg15.lead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gợi ý nhóm khó khăn chung đang chờ xem xét")));
    }

    @Autowired
    ProposalManagement proposals;

    private ProposalView proposalsCreate(UUID common) {
        return proposals.create(new NewProposal("Đề xuất cần xác nhận", "Vấn đề", "Cơ chế", "Ban Thường vụ Thành ủy", "Thống nhất", null,
                List.of(common)));
    }

    private String difficulty(String title, String description) {
        return "{\"unitId\":\"" + actors.actor("xomchieu.officer").unitId() + "\",\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"category\":\"INFRASTRUCTURE\","
                + "\"severity\":\"LOW\",\"recommendation\":\"Kiến nghị\"}";
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
