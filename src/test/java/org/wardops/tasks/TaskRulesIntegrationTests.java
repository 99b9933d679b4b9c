package org.wardops.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.ClockedIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The escapes of issue 8 §2, §4–§6 for tasks, each on the API and the page: supervising bodies no longer report for a
 * ward, the issuer alone decides, coordinating units read a project, the year-end board offers and keeps what the
 * policy allows, bad numbers and texts are a 400 that changes nothing, the city board is paged.
 */
class TaskRulesIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskManagement tasks;

    @Test
    void theSupervisingGroupTheCityLeaderAndTheAdministratorDoNotReportOnAWardsTask() throws Exception {
        UUID task = demoChild("Tăng cường vai trò", "27259");
        long version = version(task);
        for (String role : List.of("wg15.lead", "wg15.member", "leader", "admin")) {
            String token = api.bearer(role);
            assertThat(status(post("/api/v1/tasks/" + task + "/progress"), token, "{\"percent\":50,\"note\":\"Tổ ghi\"}")).as(role).isEqualTo(403);
            assertThat(status(post("/api/v1/tasks/" + task + "/complete"), token, "{\"note\":\"Xong\"}")).as(role).isEqualTo(403);
            assertThat(status(post("/api/v1/tasks/" + task + "/request-due-date"), token, "{\"dueDate\":\"2026-02-01\",\"reason\":\"Lý do\"}"))
                    .as(role).isEqualTo(403);
            MvcResult details = mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", token)).andReturn();
            assertThat(api.read(details).get("may").get("report").asBoolean()).as(role).isFalse();
            assertThat(api.read(details).get("actions").toString()).as(role).doesNotContain("REPORT_PROGRESS");
        }
        assertThat(version(task)).isEqualTo(version);

        String page = page(get("/tasks/" + task).with(actors.session("wg15.lead")));
        assertThat(page).doesNotContain("id=\"progress-form\"").doesNotContain("id=\"complete-form\"").contains("id=\"on-behalf-form\"");
        var refused = mvc.perform(post("/tasks/" + task + "/progress").with(csrf()).with(actors.session("wg15.lead"))
                .param("percent", "50").param("note", "Tổ ghi thay")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"task-refused\"").contains("báo cáo được nhiệm vụ của đơn vị mình");
        assertThat(version(task)).isEqualTo(version);
    }

    @Test
    void theWardReportsAndOnlyTheIssuerAccepts() throws Exception {
        UUID task = demoChild("Tăng cường vai trò", "27286");
        String ward = api.bearer("vinhhoi.officer");
        assertThat(status(post("/api/v1/tasks/" + task + "/complete"), api.bearer("wg15.member"), "{\"note\":\"Tổ báo xong\"}")).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + task + "/complete"), ward, "{\"note\":\"Phường đã hoàn thành\"}")).isEqualTo(200);
        for (String role : List.of("wg15.member", "leader", "admin", "vinhhoi.officer", "xomchieu.chair")) {
            assertThat(status(post("/api/v1/tasks/" + task + "/accept"), api.bearer(role), "{}")).as(role).isEqualTo(403);
            assertThat(status(post("/api/v1/tasks/" + task + "/cancel"), api.bearer(role), "{\"reason\":\"Hủy\"}")).as(role).isEqualTo(403);
        }
        assertThat(status(post("/api/v1/tasks/" + task + "/accept"), api.bearer("wg15.lead"), "{}")).isEqualTo(200);
        assertThat(jdbc.sql("SELECT stage FROM tasks_task WHERE id = :id").param("id", task).query(String.class).single()).isEqualTo("ACCEPTED");
    }

    @Test
    void theSupervisingGroupRecordsProgressOnBehalfOfTheWardAudited() throws Exception {
        UUID task = demoChild("Tổ chức tập huấn", "27259");
        MvcResult recorded = mvc.perform(post("/api/v1/tasks/" + task + "/progress-on-behalf").header("Authorization", api.bearer("wg15.member"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":40,\"note\":\"Ghi nhận tại buổi giám sát\"}")).andReturn();
        assertThat(recorded.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(recorded).get("percent").asInt()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id").param("id", task).query(String.class).list())
                .contains("tasks.task.progressRecordedOnBehalf");
        assertThat(jdbc.sql("SELECT kind FROM tasks_progress WHERE task_id = :id").param("id", task).query(String.class).list())
                .contains("PROGRESS_ON_BEHALF");
        assertThat(status(post("/api/v1/tasks/" + task + "/progress-on-behalf"), api.bearer("xomchieu.officer"), "{\"percent\":40,\"note\":\"x\"}"))
                .isEqualTo(403);
    }

    @Test
    void aCoordinatingUnitReadsTheProjectPageAndItsBlockers() throws Exception {
        UUID khanhHoi = unitId("27265");
        UUID project = CurrentActor.runAs(actors.actor("xomchieu.chair"), () -> tasks.create(new SaveTask("Test Dự án liên phường", "", null, null,
                null, null, tasks.today(), tasks.today().plusDays(30), TaskPriority.NORMAL, false, new BigDecimal("10"), "hộ", TaskKind.PROJECT,
                List.of(khanhHoi))).id());
        assertThat(page(get("/tasks/" + project).with(actors.session("khanhhoi.officer")))).contains("id=\"coordinating-units\"")
                .doesNotContain("id=\"progress-form\"");
        assertThat(mvc.perform(get("/api/v1/tasks/" + project + "/blockers").header("Authorization", api.bearer("khanhhoi.officer")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/tasks/" + project + "/blockers").header("Authorization", api.bearer("vinhhoi.officer")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + project + "/quantities"), api.bearer("khanhhoi.officer"),
                "{\"name\":\"Hộ\",\"measure\":\"hộ\",\"total\":10,\"achieved\":1}")).isEqualTo(403);
    }

    @Test
    void theYearEndBoardOffersAWardLeaderNoIssuerDecisionAndARefusalKeepsTheTickedTasks() throws Exception {
        String board = page(get("/tasks/year-end-review").with(actors.session("xomchieu.chair")));
        assertThat(board).contains("value=\"CONFIRM_ON_TRACK\"").doesNotContain("value=\"APPROVE_DUE_DATE\"").doesNotContain("value=\"REFUSE_DUE_DATE\"");
        JsonNode review = api.read(mvc.perform(get("/api/v1/tasks/year-end-review").header("Authorization", api.bearer("xomchieu.chair"))).andReturn());
        assertThat(review.get("actions").toString()).doesNotContain("APPROVE_DUE_DATE");

        UUID first = demoChild("Rà soát toàn bộ nhiệm vụ", "27259");
        UUID second = demoChild("Tổ chức tập huấn", "27259");
        long before = progressEntries();
        var refused = mvc.perform(post("/tasks/year-end-review/actions").with(csrf()).with(actors.session("xomchieu.chair"))
                .param("action", "APPROVE_DUE_DATE").param("taskIds", first.toString(), second.toString()).param("note", "Ghi chú đã gõ"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Rà soát nhiệm vụ cuối năm").contains("id=\"review-errors\"").contains("Chỉ đơn vị giao nhiệm vụ")
                .contains("value=\"" + first + "\" checked").contains("value=\"" + second + "\" checked").contains("Ghi chú đã gõ");
        assertThat(progressEntries()).isEqualTo(before);
    }

    @Test
    void numbersBeyondTheColumnsAndNullTaskIdsAreABadRequestThatChangesNothing() throws Exception {
        String khanhHoi = api.bearer("khanhhoi.officer");
        UUID resettlement = demoChild("Di dời các hộ dân", "27265");
        long version = version(resettlement);
        long quantities = jdbc.sql("SELECT COUNT(*) FROM tasks_quantity").query(Long.class).single();
        assertField(post("/api/v1/tasks/" + resettlement + "/progress"), khanhHoi, "{\"achieved\":1e400,\"note\":\"Quá lớn\"}", "achieved");
        assertField(post("/api/v1/tasks/" + resettlement + "/quantities"), khanhHoi,
                "{\"name\":\"Hộ đã di dời\",\"measure\":\"hộ\",\"total\":1e13,\"achieved\":1}", "total");
        assertField(post("/api/v1/tasks/" + resettlement + "/quantities"), khanhHoi,
                "{\"name\":\"Hộ đã di dời\",\"measure\":\"hộ\",\"total\":120,\"achieved\":1e400}", "achieved");
        assertThat(version(resettlement)).isEqualTo(version);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_quantity").query(Long.class).single()).isEqualTo(quantities);

        String leader = api.bearer("leader");
        long count = jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
        assertField(post("/api/v1/tasks"), leader, "{\"title\":\"Chỉ tiêu lớn\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-01\","
                + "\"targetValue\":1e12,\"targetMeasure\":\"hộ\"}", "targetValue");
        assertField(post("/api/v1/tasks"), leader, "{\"title\":\"Có ký tự\\u0000 NUL\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-01\"}",
                "title");
        assertField(post("/api/v1/tasks"), leader, "{\"title\":\"Đảo \\u202Echiều\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-01\"}",
                "title");
        assertField(post("/api/v1/tasks"), leader, "{\"title\":\"Đơn vị đo dài\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-01\","
                + "\"targetValue\":5,\"targetMeasure\":\"" + "m".repeat(61) + "\"}", "targetMeasure");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single()).isEqualTo(count);

        long entries = progressEntries();
        assertField(post("/api/v1/tasks/year-end-review/actions"), api.bearer("xomchieu.officer"),
                "{\"action\":\"CONFIRM_ON_TRACK\",\"taskIds\":[null]}", "taskIds[0]");
        assertThat(progressEntries()).isEqualTo(entries);

        String page = page(post("/tasks/" + resettlement + "/quantities").with(csrf()).with(actors.session("khanhhoi.officer"))
                .param("name", "Hộ đã di dời").param("measure", "hộ").param("total", "10000000000000").param("achieved", "1"));
        assertThat(page).contains("999999999999.99").contains("value=\"10000000000000\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_quantity").query(Long.class).single()).isEqualTo(quantities);
    }

    @Test
    void theCityBoardIsPagedWithItsTotal() throws Exception {
        String leader = api.bearer("leader");
        MvcResult first = mvc.perform(get("/api/v1/tasks/year-end-review").param("city", "true").param("size", "20").header("Authorization", leader))
                .andReturn();
        JsonNode board = api.read(first);
        assertThat(board.get("tasks").size()).isEqualTo(20);
        assertThat(board.get("total").asLong()).isGreaterThan(168);
        assertThat(first.getResponse().getContentAsByteArray().length).isLessThan(100_000);
        assertThat(page(get("/tasks/year-end-review").param("city", "true").with(actors.session("leader")))).contains("page=1");
    }

    @Test
    void theNewTaskFormIsOfferedOnlyToThoseWhoIssueTasks() throws Exception {
        for (String role : List.of("volunteer.xomchieu", "xomchieu.officer", "auditor", "admin", "wg15.member")) {
            assertThat(mvc.perform(get("/tasks/new").with(actors.session(role))).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(page(get("/tasks").with(actors.session(role)))).as(role).doesNotContain("href=\"/tasks/new\"");
        }
        assertThat(page(get("/tasks/new").with(actors.session("xomchieu.chair")))).contains("name=\"title\"");
        assertThat(status(post("/api/v1/tasks"), api.bearer("volunteer.xomchieu"),
                "{\"title\":\"Không được giao\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-01\"}")).isEqualTo(403);
    }

    @Test
    void theStateFilterInSqlAgreesWithTheStateComputedInJava() {
        java.util.Map<TaskState, Integer> counted = new java.util.EnumMap<>(TaskState.class);
        java.util.Map<TaskState, Long> filtered = new java.util.EnumMap<>(TaskState.class);
        CurrentActor.runAs(actors.actor("leader"), () -> {
            var first = tasks.find(TaskSearch.all(), new org.wardops.shared.PageRequest(0, 500));
            for (int page = 0; page < first.pageCount(); page++) {
                tasks.find(TaskSearch.all(), new org.wardops.shared.PageRequest(page, 500)).items()
                        .forEach(task -> counted.merge(task.state(), 1, Integer::sum));
            }
            for (TaskState state : TaskState.values()) {
                filtered.put(state, tasks.find(new TaskSearch(null, state, null, null, null, null), new org.wardops.shared.PageRequest(0, 1)).total());
            }
        });
        for (TaskState state : TaskState.values()) {
            assertThat(filtered.get(state)).as(state.name()).isEqualTo(counted.getOrDefault(state, 0).longValue());
        }
        assertThat(counted.keySet()).contains(TaskState.COMPLETED_ON_TIME, TaskState.IN_PROGRESS_OVERDUE, TaskState.IN_PROGRESS_ON_TIME);
    }

    private void assertField(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token, String body,
                             String field) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
        assertThat(api.read(result).toString()).as(body).contains("\"" + field + "\"");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    private long progressEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM tasks_progress").query(Long.class).single();
    }

    private long version(UUID task) {
        return jdbc.sql("SELECT version FROM tasks_task WHERE id = :id").param("id", task).query(Long.class).single();
    }

    private UUID unitId(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    private UUID demoChild(String titleStart, String unitCode) {
        return jdbc.sql("SELECT t.id FROM tasks_task t JOIN directory_unit u ON u.id = t.unit_id WHERE t.title LIKE :title AND u.code = :code "
                        + "AND t.parent_id IS NOT NULL")
                .param("title", titleStart + "%").param("code", unitCode).query(UUID.class).single();
    }
}
