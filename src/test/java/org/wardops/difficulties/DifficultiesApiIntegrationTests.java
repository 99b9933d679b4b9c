package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wardops.shared.time.LocalTime;
import org.wardops.shared.time.WorkingDays;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DifficultiesApiIntegrationTests extends IntegrationTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DifficultiesApiIntegrationTests.class);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;

    @Test
    void workingDayArithmeticIsAvailableToClients() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-04-29").param("days", "1")
                        .header("Authorization", api.bearer("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-05-04"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "29/04/2026").param("days", "1")
                        .header("Authorization", api.bearer("xomchieu.officer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void categoriesListTheDefaultTaxonomyWithLabels() throws Exception {
        mvc.perform(get("/api/v1/difficulties/categories").header("Authorization", api.bearer("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(9)))
                .andExpect(jsonPath("$[0].code").value("INFRASTRUCTURE"))
                .andExpect(jsonPath("$[0].labels.vi").value("Hạ tầng, trang thiết bị"))
                .andExpect(jsonPath("$[7].code").value("PROJECTS"));
    }

    @Test
    void theLifecycleRunsFromDraftToEscalationWithItsRefusals() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        String chair = api.bearer("xomchieu.chair");
        String member = api.bearer("wg15.member");
        String lead = api.bearer("wg15.lead");
        String otherWard = api.bearer("khanhhoi.officer");

        JsonNode draft = created(mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":\"" + unitId("27259") + "\",\"title\":\"Máy chủ lưu trữ hết dung lượng\",\"description\":\"Máy chủ lưu trữ hồ sơ số hóa đã đầy.\","
                        + "\"category\":\"INFRASTRUCTURE\",\"severity\":\"HIGH\",\"recommendation\":\"Đề nghị cấp thêm dung lượng lưu trữ.\"}")));
        String id = draft.get("id").asString();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("addressee").get("type").asString()).isEqualTo("WORKING_GROUP");
        assertThat(draft.get("addressee").get("unitId").asString()).isEqualTo(unitId("79-TCT-15"));
        assertThat(draft.get("cosigners").size()).isZero();

        action(officer, id, "submit", "{\"version\":0}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("difficulties.error.difficulty.submitNotAllowed"));
        JsonNode submitted = ok(action(chair, id, "submit", "{\"version\":0}"));
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        LocalDate today = LocalDate.now(LocalTime.VIETNAM);
        assertThat(submitted.get("dueDate").asString()).isEqualTo(workingDays.add(today, 15).toString());

        action(otherWard, id, "answer", "{\"version\":1,\"text\":\"Không phải việc của tôi\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("difficulties.error.difficulty.notAddressee"));
        assertThat(version(id)).isEqualTo(1);
        assertThat(entries(id)).isZero();

        action(member, id, "answer", "{\"version\":1,\"text\":\"   \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        action(member, id, "answer", "{\"version\":0,\"text\":\"Trả lời\"}").andExpect(status().isConflict());
        JsonNode answered = ok(action(member, id, "answer", "{\"version\":1,\"text\":\"Sở Khoa học và Công nghệ sẽ cấp thêm dung lượng trong tháng tới.\"}"));
        assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");

        action(member, id, "resolve", "{\"version\":2}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("difficulties.error.difficulty.raisingUnitOnly"));
        action(chair, id, "reopen", "{\"version\":2}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        JsonNode reopened = ok(action(chair, id, "reopen", "{\"version\":2,\"reason\":\"Chưa có thời hạn cụ thể.\"}"));
        assertThat(reopened.get("state").asString()).isEqualTo("IN_PROGRESS");

        action(member, id, "escalate", "{\"version\":3,\"note\":\"Trình\"}").andExpect(status().isForbidden());
        JsonNode escalated = ok(action(lead, id, "escalate", "{\"version\":3,\"note\":\"Vượt thẩm quyền Tổ công tác.\"}"));
        assertThat(escalated.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("addressee").get("type").asString()).isEqualTo("CITY_LEADERSHIP");
        action(lead, id, "answer", "{\"version\":4,\"text\":\"x\"}").andExpect(status().isForbidden());

        JsonNode details = ok(mvc.perform(get("/api/v1/difficulties/" + id).header("Authorization", api.bearer("leader"))));
        assertThat(details.get("entries").size()).isEqualTo(3);
        assertThat(details.get("actions").toString()).contains("ANSWER", "DECLINE");
        assertThat(auditActions(id)).contains("difficulties.difficulty.created", "difficulties.difficulty.submitted",
                "difficulties.difficulty.answered", "difficulties.difficulty.reopened", "difficulties.difficulty.escalated");
    }

    @Test
    void answersCanBeCorrectedOnlyByTheirAuthorWithinFifteenMinutesAndTheEditIsAudited() throws Exception {
        String id = submittedXomChieuDifficulty("Mạng nội bộ chập chờn");
        String member = api.bearer("wg15.member");
        ok(action(member, id, "answer", "{\"version\":1,\"text\":\"Bản trả lời đầu tiên\"}"));
        String entryId = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_entry WHERE difficulty_id = :id AND kind = 'ANSWER'")
                .param("id", java.util.UUID.fromString(id)).query(String.class).single();

        mvc.perform(put("/api/v1/difficulties/" + id + "/answers/" + entryId).header("Authorization", api.bearer("wg15.lead"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"text\":\"Sửa của người khác\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/difficulties/" + id + "/answers/" + entryId).header("Authorization", member)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"text\":\"Bản trả lời đã sửa\"}"))
                .andExpect(status().isOk());
        assertThat(auditActions(id)).contains("difficulties.answer.edited");

        jdbc.sql("UPDATE difficulties_entry SET created_at = :old WHERE id = :id")
                .param("old", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(16)).param("id", java.util.UUID.fromString(entryId)).update();
        mvc.perform(put("/api/v1/difficulties/" + id + "/answers/" + entryId).header("Authorization", member)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"text\":\"Sửa muộn\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("difficulties.error.answer.editWindowClosed"));
        assertThat(jdbc.sql("SELECT text FROM difficulties_entry WHERE id = :id").param("id", java.util.UUID.fromString(entryId))
                .query(String.class).single()).isEqualTo("Bản trả lời đã sửa");
    }

    @Test
    void otherUnitsCoSignOnceButNotTheirOwn() throws Exception {
        String id = submittedXomChieuDifficulty("Thiếu máy scan cho bộ phận một cửa");
        mvc.perform(post("/api/v1/difficulties/" + id + "/cosign").header("Authorization", api.bearer("xomchieu.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"Chúng tôi cũng vậy\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("difficulties.error.cosign.ownDifficulty"));
        String otherWard = api.bearer("khanhhoi.officer");
        mvc.perform(post("/api/v1/difficulties/" + id + "/cosign").header("Authorization", otherWard)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"Phường Khánh Hội chỉ có 1 máy scan.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cosigners", hasSize(1)))
                .andExpect(jsonPath("$.cosigners[0].unitName").value("Phường Khánh Hội"));
        mvc.perform(post("/api/v1/difficulties/" + id + "/cosign").header("Authorization", otherWard)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"Lần nữa\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("difficulties.error.cosign.twice"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM difficulties_cosign WHERE difficulty_id = :id").param("id", java.util.UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badTextIsRefusedAndNothingIsSaved() throws Exception {
        long before = count();
        String officer = api.bearer("xomchieu.officer");
        mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"" + unitId("27259") + "\",\"title\":\"  \",\"description\":\"" + "x".repeat(4001)
                                + "\",\"category\":\"NOPE\",\"severity\":\"LOW\",\"recommendation\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("difficulties.error.text.required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].code").value("shared.error.text.tooLong"))
                .andExpect(jsonPath("$.errors[?(@.field == 'category')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'recommendation')]").exists());
        mvc.perform(post("/api/v1/difficulties").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"" + unitId("27265") + "\",\"title\":\"Khác phường\",\"description\":\"x\",\"category\":\"OTHER\","
                                + "\"severity\":\"LOW\",\"recommendation\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWardDoesNotSeeAnotherWardsDraftsOrConfidentialItems() throws Exception {
        JsonNode draft = created(mvc.perform(post("/api/v1/difficulties").header("Authorization", api.bearer("xomchieu.officer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":\"" + unitId("27259") + "\",\"title\":\"Dự thảo nội bộ\",\"description\":\"x\",\"category\":\"OTHER\","
                        + "\"severity\":\"LOW\",\"recommendation\":\"x\"}")));
        mvc.perform(get("/api/v1/difficulties/" + draft.get("id").asString()).header("Authorization", api.bearer("khanhhoi.officer")))
                .andExpect(status().isNotFound());
        JsonNode list = ok(mvc.perform(get("/api/v1/difficulties").param("q", "du thao noi bo").header("Authorization", api.bearer("khanhhoi.officer"))));
        assertThat(list.get("total").asLong()).isZero();
        String confidential = confidentialOutsideGroup15();
        mvc.perform(get("/api/v1/difficulties/" + confidential).header("Authorization", api.bearer("khanhhoi.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void suggestionsBecomeCommonDifficultiesAndAProposal() throws Exception {
        String lead = api.bearer("wg15.lead");
        String group = unitId("79-TCT-15");
        JsonNode suggestions = ok(mvc.perform(get("/api/v1/common-difficulties/suggestions").param("scope", "workingGroup:" + group)
                .header("Authorization", lead)));
        assertThat(suggestions.size()).isPositive();
        JsonNode first = suggestions.get(0);
        assertThat(first.get("sharedTerms").size()).isPositive();
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        StringBuilder ids = new StringBuilder();
        first.get("members").forEach(member -> ids.append(ids.isEmpty() ? "" : ",").append('"').append(member.get("difficultyId").asString()).append('"'));

        JsonNode common = created(mvc.perform(post("/api/v1/common-difficulties").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Thiếu cán bộ và kỹ năng CNTT\",\"summary\":\"Tổng hợp\",\"difficultyIds\":[" + ids
                        + "],\"suggestionKey\":\"" + first.get("key").asString() + "\"}")));
        assertThat(common.get("unitsAffected").asInt()).isGreaterThanOrEqualTo(1);
        mvc.perform(post("/api/v1/common-difficulties").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Lần nữa\",\"difficultyIds\":[" + ids + "]}"))
                .andExpect(status().isConflict());

        JsonNode proposal = created(mvc.perform(post("/api/v1/proposals").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Đề xuất bổ sung cán bộ CNTT\",\"problem\":\"Thiếu cán bộ\",\"mechanism\":\"Bổ sung biên chế\","
                        + "\"decidingBody\":\"Ban Thường vụ Thành ủy\",\"requestedDecision\":\"Thống nhất chủ trương\",\"requestedBy\":\"2030-01-31\","
                        + "\"commonDifficultyIds\":[\"" + common.get("id").asString() + "\"]}")));
        assertThat(proposal.get("state").asString()).isEqualTo("DRAFT");
        assertThat(proposal.get("unitsAffectedCount").asInt()).isEqualTo(common.get("unitsAffected").asInt());
        String proposalId = proposal.get("id").asString();
        mvc.perform(post("/api/v1/proposals/" + proposalId + "/submit").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(post("/api/v1/proposals/" + proposalId + "/decide").header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"decisionText\":\"Đồng ý\",\"decisionDate\":\"2026-12-01\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/proposals/" + proposalId + "/decide").header("Authorization", api.bearer("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"decisionText\":\"Đồng ý chủ trương\",\"decisionDate\":\"2026-12-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DECIDED"));
    }

    @Test
    void confidentialDifficultiesOutsideTheScopeCannotBeGrouped() throws Exception {
        String confidential = confidentialOutsideGroup15();
        String visible = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_difficulty WHERE unit_id = :unit AND state <> 'DRAFT' "
                        + "AND NOT EXISTS (SELECT 1 FROM difficulties_common_member m WHERE m.difficulty_id = difficulties_difficulty.id) LIMIT 1")
                .param("unit", java.util.UUID.fromString(unitId("27286"))).query(String.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM difficulties_common").query(Long.class).single();
        mvc.perform(post("/api/v1/common-difficulties").header("Authorization", api.bearer("wg15.lead")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Nhóm\",\"difficultyIds\":[\"" + visible + "\",\"" + confidential + "\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("difficulties.error.common.confidentialOutsideScope"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM difficulties_common").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theDemoHasCommonDifficultiesOfDozensOfUnitsAndAProposalToTheCityPartyCommittee() throws Exception {
        JsonNode commons = ok(mvc.perform(get("/api/v1/common-difficulties").header("Authorization", api.bearer("leader"))));
        assertThat(commons.get("items").size()).isGreaterThanOrEqualTo(2);
        assertThat(commons.get("total").asLong()).isGreaterThanOrEqualTo(commons.get("items").size());
        String oldest = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_common ORDER BY created_at, id LIMIT 1").query(String.class).single();
        assertThat(ok(mvc.perform(get("/api/v1/common-difficulties/" + oldest).header("Authorization", api.bearer("leader"))))
                .get("unitsAffected").asInt()).isGreaterThanOrEqualTo(24);
        JsonNode proposals = ok(mvc.perform(get("/api/v1/proposals").header("Authorization", api.bearer("leader"))));
        assertThat(proposals.get("items").toString()).contains("Ban Thường vụ Thành ủy");
        assertThat(count()).isGreaterThanOrEqualTo(300);

        String leader = api.bearer("leader");
        long ungrouped = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty d WHERE state NOT IN ('DRAFT', 'DECLINED') AND NOT EXISTS "
                + "(SELECT 1 FROM difficulties_common_member m WHERE m.difficulty_id = d.id)").query(Long.class).single();
        long started = System.nanoTime();
        JsonNode suggestions = ok(mvc.perform(get("/api/v1/common-difficulties/suggestions").param("scope", "city").header("Authorization", leader)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Suggestions for the whole city: {} ungrouped difficulties, {} suggestions in {} ms", ungrouped, suggestions.size(), millis);
        assertThat(millis).isLessThan(10_000);
    }

    private String submittedXomChieuDifficulty(String title) throws Exception {
        JsonNode draft = created(mvc.perform(post("/api/v1/difficulties").header("Authorization", api.bearer("xomchieu.officer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":\"" + unitId("27259") + "\",\"title\":\"" + title + "\",\"description\":\"Mô tả\",\"category\":\"INFRASTRUCTURE\","
                        + "\"severity\":\"MEDIUM\",\"recommendation\":\"Đề nghị hỗ trợ\"}")));
        String id = draft.get("id").asString();
        ok(action(api.bearer("xomchieu.chair"), id, "submit", "{\"version\":0}"));
        return id;
    }

    private String confidentialOutsideGroup15() {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_difficulty WHERE confidential = TRUE AND state <> 'DRAFT' "
                        + "AND unit_id NOT IN (SELECT unit_id FROM directory_supervision s JOIN directory_unit g ON g.id = s.working_group_id "
                        + "WHERE g.code = '79-TCT-15') LIMIT 1")
                .query(String.class).single();
    }

    private ResultActions action(String token, String id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/difficulties/" + id + "/" + action).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode ok(ResultActions result) throws Exception {
        return api.read(result.andExpect(status().isOk()).andReturn());
    }

    private JsonNode created(ResultActions result) throws Exception {
        return api.read(result.andExpect(status().isCreated()).andReturn());
    }

    private long version(String id) {
        return jdbc.sql("SELECT version FROM difficulties_difficulty WHERE id = :id").param("id", java.util.UUID.fromString(id)).query(Long.class).single();
    }

    private long entries(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_entry WHERE difficulty_id = :id").param("id", java.util.UUID.fromString(id))
                .query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty").query(Long.class).single();
    }

    private java.util.List<String> auditActions(String id) {
        return jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id").param("id", java.util.UUID.fromString(id)).query(String.class).list();
    }

    private String unitId(String code) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
