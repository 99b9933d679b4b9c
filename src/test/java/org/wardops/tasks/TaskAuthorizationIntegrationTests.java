package org.wardops.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.ClockedIntegrationTest;
import org.wardops.tasks.internal.Task;
import org.wardops.tasks.internal.TaskPolicy;
import org.wardops.tasks.internal.TaskStore;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every task action × every demo account × a task of their own side and one of another, as the table in
 * {@code docs/tasks.md} states it: the policy answers the table, the API refuses (403) exactly what the table refuses,
 * and so do the pages. Probes that the table allows carry invalid input or hit a stage that refuses them, so that
 * they pass the authorization and then change nothing.
 */
class TaskAuthorizationIntegrationTests extends ClockedIntegrationTest {

    static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");

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
    @Autowired
    TaskPolicy policy;
    @Autowired
    TaskStore store;

    private UUID own;
    private UUID other;

    @BeforeEach
    void projects() {
        own = fixture("Test Quyền: dự án của Xóm Chiếu do Tổ 15 giao", "79-TCT-15", "27259");
        other = fixture("Test Quyền: dự án của phường khác do Thành phố giao", "79", "25747");
    }

    @Test
    void theTableInTheDocsIsThePolicy() throws Exception {
        Map<TaskAction, Map<String, boolean[]>> table = table();
        assertThat(table.keySet()).containsExactlyInAnyOrder(TaskAction.values());
        Task ownTask = store.find(own).orElseThrow();
        Task otherTask = store.find(other).orElseThrow();
        List<String> disagreements = new ArrayList<>();
        for (String role : ROLES) {
            Actor actor = actors.actor(role);
            for (TaskAction action : TaskAction.values()) {
                boolean[] expected = table.get(action).get(role);
                if (policy.may(actor, action, ownTask) != expected[0] || policy.may(actor, action, otherTask) != expected[1]) {
                    disagreements.add(action + " × " + role);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theApiRefusesExactlyWhatTheTableRefusesAndChangesNothing() throws Exception {
        Map<TaskAction, Map<String, boolean[]>> table = table();
        long ownVersion = version(own);
        long otherVersion = version(other);
        List<String> disagreements = new ArrayList<>();
        for (String role : ROLES) {
            String token = api.bearer(role);
            for (TaskAction action : TaskAction.values()) {
                boolean[] expected = table.get(action).get(role);
                for (int side = 0; side < 2; side++) {
                    UUID task = side == 0 ? own : other;
                    int status = mvc.perform(apiProbe(action, task).header("Authorization", token)).andReturn().getResponse().getStatus();
                    if ((status == 403) == expected[side] || status >= 500) {
                        disagreements.add(action + " × " + role + (side == 0 ? " own" : " other") + ": " + status);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(version(own)).isEqualTo(ownVersion);
        assertThat(version(other)).isEqualTo(otherVersion);
    }

    @Test
    void thePagesRefuseExactlyWhatTheTableRefuses() throws Exception {
        Map<TaskAction, Map<String, boolean[]>> table = table();
        long ownVersion = version(own);
        List<String> disagreements = new ArrayList<>();
        for (String role : ROLES) {
            for (TaskAction action : TaskAction.values()) {
                if (action == TaskAction.CHANGE) {
                    continue;
                }
                boolean[] expected = table.get(action).get(role);
                for (int side = 0; side < 2; side++) {
                    UUID task = side == 0 ? own : other;
                    MockHttpServletRequestBuilder request = pageProbeFor(action, task);
                    int status = mvc.perform(request.with(csrf()).with(actors.session(role))).andReturn().getResponse().getStatus();
                    if ((status == 403) == expected[side] || status >= 500) {
                        disagreements.add(action + " × " + role + (side == 0 ? " own" : " other") + ": " + status);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(version(own)).isEqualTo(ownVersion);
    }

    @Test
    void theTaskPageOffersAFormOnlyWhenThePolicyAllowsItsAction() throws Exception {
        Map<TaskAction, Map<String, boolean[]>> table = table();
        Map<TaskAction, String> forms = Map.of(TaskAction.REPORT_PROGRESS, "id=\"progress-form\"", TaskAction.REPORT_COMPLETION,
                "id=\"complete-form\"", TaskAction.REQUEST_DUE_DATE, "id=\"due-date-form\"", TaskAction.CASCADE, "id=\"cascade-form\"",
                TaskAction.CANCEL, "id=\"cancel-form\"", TaskAction.RECORD_PROGRESS_ON_BEHALF, "id=\"on-behalf-form\"",
                TaskAction.RECORD_QUANTITY, "action=\"/tasks/" + own + "/quantities\"", TaskAction.ADD_MILESTONE,
                "action=\"/tasks/" + own + "/milestones\"");
        List<String> disagreements = new ArrayList<>();
        for (String role : ROLES) {
            if (!table.get(TaskAction.READ).get(role)[0]) {
                continue;
            }
            var response = mvc.perform(get("/tasks/" + own).with(actors.session(role))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            String page = response.getContentAsString(StandardCharsets.UTF_8);
            forms.forEach((action, marker) -> {
                if (page.contains(marker) != table.get(action).get(role)[0]) {
                    disagreements.add(action + " × " + role);
                }
            });
        }
        assertThat(disagreements).isEmpty();
    }

    private MockHttpServletRequestBuilder apiProbe(TaskAction action, UUID id) {
        String base = "/api/v1/tasks/" + id;
        return switch (action) {
            case READ -> get(base);
            case CHANGE -> json(put(base), "{\"version\":0,\"title\":\"\"}");
            case CASCADE -> json(post(base + "/cascade"), "{}");
            case REPORT_PROGRESS -> json(post(base + "/progress"), "{\"percent\":10}");
            case REPORT_COMPLETION -> json(post(base + "/complete"), "{}");
            case CONFIRM_ON_TRACK -> json(post("/api/v1/tasks/year-end-review/actions"),
                    "{\"action\":\"CONFIRM_ON_TRACK\",\"taskIds\":[\"" + id + "\"],\"note\":\"" + "x".repeat(4001) + "\"}");
            case REQUEST_DUE_DATE -> json(post(base + "/request-due-date"), "{}");
            case ACCEPT -> json(post(base + "/accept"), "{}");
            case RETURN -> json(post(base + "/return"), "{\"reason\":\"\"}");
            case CANCEL -> json(post(base + "/cancel"), "{\"reason\":\"\"}");
            case DECIDE_DUE_DATE -> json(post(base + "/approve-due-date"), "{}");
            case ADD_MILESTONE -> json(post(base + "/milestones"), "{}");
            case REACH_MILESTONE -> json(post(base + "/milestones/" + UUID.randomUUID() + "/reached"), "{}");
            case RECORD_QUANTITY -> json(post(base + "/quantities"), "{}");
            case LINK_BLOCKER -> json(post(base + "/blockers"), "{}");
            case RECORD_PROGRESS_ON_BEHALF -> json(post(base + "/progress-on-behalf"), "{\"percent\":10}");
        };
    }

    /** The page has no form for changing a task (the API's PUT); every other action has one. */
    private MockHttpServletRequestBuilder pageProbeFor(TaskAction action, UUID id) {
        String base = "/tasks/" + id;
        return switch (action) {
            case READ -> get(base);
            case CHANGE -> throw new IllegalArgumentException("no page form");
            case CASCADE -> post(base + "/cascade");
            case REPORT_PROGRESS -> post(base + "/progress").param("percent", "10");
            case REPORT_COMPLETION -> post(base + "/complete");
            case CONFIRM_ON_TRACK -> post("/tasks/year-end-review/actions").param("action", "CONFIRM_ON_TRACK").param("taskIds", id.toString())
                    .param("note", "x".repeat(4001));
            case REQUEST_DUE_DATE -> post(base + "/request-due-date");
            case ACCEPT -> post(base + "/accept");
            case RETURN -> post(base + "/return");
            case CANCEL -> post(base + "/cancel");
            case DECIDE_DUE_DATE -> post(base + "/approve-due-date");
            case ADD_MILESTONE -> post(base + "/milestones");
            case REACH_MILESTONE -> post(base + "/milestones/" + UUID.randomUUID() + "/reached");
            case RECORD_QUANTITY -> post(base + "/quantities");
            case LINK_BLOCKER -> post(base + "/blockers");
            case RECORD_PROGRESS_ON_BEHALF -> post(base + "/progress-on-behalf").param("percent", "10");
        };
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The table of docs/tasks.md: action → account → {own, other}. */
    static Map<TaskAction, Map<String, boolean[]>> table() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/tasks.md"), StandardCharsets.UTF_8);
        List<String> header = null;
        Map<TaskAction, Map<String, boolean[]>> table = new EnumMap<>(TaskAction.class);
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            if (cells.getFirst().equals("action") && cells.size() > 2 && cells.get(1).equals("who")) {
                header = cells;
                assertThat(header.subList(2, header.size())).containsExactlyElementsOf(ROLES);
                continue;
            }
            if (header == null || cells.getFirst().startsWith("---")) {
                continue;
            }
            if (Arrays.stream(TaskAction.values()).noneMatch(action -> action.name().equals(cells.getFirst()))) {
                break;
            }
            Map<String, boolean[]> row = new HashMap<>();
            for (int i = 2; i < cells.size(); i++) {
                String[] sides = cells.get(i).split("/");
                row.put(header.get(i), new boolean[]{sides[0].strip().equals("✓"), sides[1].strip().equals("✓")});
            }
            table.put(TaskAction.valueOf(cells.getFirst()), row);
        }
        return table;
    }

    /** A project issued by one unit, cascaded to one ward: answers the ward's child task. */
    private UUID fixture(String title, String issuerCode, String wardCode) {
        UUID existing = jdbc.sql("SELECT id FROM tasks_task WHERE title = :title AND parent_id IS NOT NULL").param("title", title)
                .query(UUID.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        UUID issuer = unitId(issuerCode);
        UUID ward = unitId(wardCode);
        return CurrentActor.runAs(Actor.system(), () -> {
            TaskView parent = tasks.create(new SaveTask(title, "", null, null, issuer, null, tasks.today().minusDays(1), tasks.today().plusDays(60),
                    TaskPriority.NORMAL, false, new BigDecimal("100"), "hộ", TaskKind.PROJECT));
            return tasks.cascade(parent.id(), new CascadeTask(List.of(ward), null, false, null)).getFirst().id();
        });
    }

    private UUID unitId(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    private long version(UUID task) {
        return jdbc.sql("SELECT version FROM tasks_task WHERE id = :id").param("id", task).query(Long.class).single();
    }
}
