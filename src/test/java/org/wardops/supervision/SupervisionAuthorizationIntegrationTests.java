package org.wardops.supervision;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.directory.DirectoryManagement;
import org.wardops.reporting.AuthorizationTable;
import org.wardops.shared.security.Actor;
import org.wardops.supervision.internal.SupervisionPolicy;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every supervision action × every demo account × own (working group no. 15) and other (group no. 1) record, on the
 * API and on the page, against the table in docs/supervision.md, which is thereby checked against the policy.
 */
class SupervisionAuthorizationIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    SupervisionManagement supervision;
    @Autowired
    SupervisionPolicy policy;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void quietPool() {
        var pool = ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> pool.getThreadsAwaitingConnection() == 0 && pool.getActiveConnections() == 0);
    }

    @Test
    void everyActionForEveryAccountAgreesWithTheDocumentedTableOnApiAndPage() throws Exception {
        AuthorizationTable table = AuthorizationTable.read(Path.of("docs/supervision.md"));
        assertThat(table.cells().keySet()).containsExactlyInAnyOrder("READ_SESSION", "HOLD_SESSION", "CHANGE_FEEDBACK", "VIEW_BOARD");
        UUID ownGroup = unit("79-TCT-15");
        UUID otherGroup = unit("79-TCT-01");
        UUID ownWard = unit("27259");
        UUID otherWard = actors.as("admin", () -> directory.unitsSupervisedBy(otherGroup)).stream().sorted().findFirst().orElseThrow();
        UUID own = session(ownGroup, ownWard);
        UUID other = session(otherGroup, otherWard);
        List<String> failures = new ArrayList<>();
        for (String action : table.cells().keySet()) {
            for (String account : table.accounts()) {
                for (boolean isOwn : List.of(true, false)) {
                    UUID session = isOwn ? own : other;
                    UUID group = isOwn ? ownGroup : otherGroup;
                    UUID ward = isOwn ? ownWard : otherWard;
                    boolean expected = table.allows(action, account, isOwn);
                    Actor actor = actors.actor(account);
                    boolean byPolicy = policy.allowed(actor, new SupervisionPolicy.Target(group, List.of(ward)))
                            .contains(SupervisionAction.valueOf(action));
                    String probe = action + " " + account + " " + (isOwn ? "own" : "other");
                    long before = version(session);
                    int viaApi = api(action, account, session, group, ward);
                    boolean page = page(action, account, session, group);
                    boolean apiAllowed = viaApi < 400;
                    if (byPolicy != expected || apiAllowed != expected || page != expected) {
                        failures.add(probe + ": expected " + expected + ", policy " + byPolicy + ", API " + viaApi + ", page " + page);
                    }
                    if (!expected && (viaApi != 403 || version(session) != before)) {
                        failures.add(probe + ": refused with " + viaApi + " and the session at version " + version(session) + " (was " + before + ")");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAdministratorRecordsOnBehalfOfAGroupAndTheAuditTrailSaysSo() throws Exception {
        MvcResult choose = mvc.perform(get("/sessions/new").with(actors.session("admin"))).andReturn();
        assertThat(choose.getResponse().getStatus()).isEqualTo(200);
        assertThat(choose.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("name=\"workingGroupId\"");
        UUID group = unit("79-TCT-15");
        MvcResult form = mvc.perform(get("/sessions/new").param("workingGroupId", group.toString()).with(actors.session("admin"))).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Bạn đang ghi nhận thay mặt");
        UUID session = session(group, unit("27259"));
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id").param("id", session).query(String.class).list())
                .containsExactly("supervision.session.heldOnBehalf");
    }

    @Test
    void minutesAndAgendaHaveADocumentedMaximum() throws Exception {
        long before = count();
        Map<String, Object> body = sessionBody(unit("79-TCT-15"), unit("27259"));
        body.put("minutes", "x".repeat(20_001));
        body.put("agenda", List.of("y".repeat(20_001)));
        MvcResult result = mvc.perform(post("/api/v1/sessions").with(actors.session("wg15.lead"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"minutes\"").contains("\"agenda\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSessionListIsPagedWithoutMinutes() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/sessions").param("size", "1").with(actors.session("admin"))).andReturn();
        var page = api.read(result);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.path("items").get(0).has("minutes")).isFalse();
        assertThat(page.path("items").get(0).has("conclusionCount")).isTrue();
    }

    private int api(String action, String account, UUID session, UUID group, UUID ward) throws Exception {
        var request = switch (action) {
            case "READ_SESSION" -> get("/api/v1/sessions/" + session);
            case "HOLD_SESSION" -> post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(sessionBody(group, ward)));
            case "CHANGE_FEEDBACK" -> put("/api/v1/sessions/" + session + "/feedback").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("version", version(session), "feedback", List.of())));
            // The board has no API of its own: its data is the group's sessions and requests.
            case "VIEW_BOARD" -> get("/supervision/working-groups/" + group);
            default -> throw new IllegalArgumentException(action);
        };
        return mvc.perform(request.with(actors.session(account))).andReturn().getResponse().getStatus();
    }

    private boolean page(String action, String account, UUID session, UUID group) throws Exception {
        return switch (action) {
            case "READ_SESSION" -> status(get("/sessions/" + session), account) == 200;
            case "HOLD_SESSION" -> status(get("/sessions/new").param("workingGroupId", group.toString()), account) == 200;
            case "CHANGE_FEEDBACK" -> {
                MvcResult result = mvc.perform(get("/sessions/" + session).with(actors.session(account))).andReturn();
                yield result.getResponse().getStatus() == 200 && result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                        .contains("action=\"/sessions/" + session + "/feedback\"");
            }
            case "VIEW_BOARD" -> status(get("/supervision/working-groups/" + group), account) == 200;
            default -> throw new IllegalArgumentException(action);
        };
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String account) throws Exception {
        return mvc.perform(request.with(csrf()).with(actors.session(account))).andReturn().getResponse().getStatus();
    }

    private UUID session(UUID group, UUID ward) {
        UUID programme = jdbc.sql("SELECT id FROM supervision_programme ORDER BY created_at LIMIT 1").query(UUID.class).single();
        return actors.as("admin", () -> supervision.hold(new HoldSession(programme, group, LocalDate.of(2025, 11, 5), "Trụ sở phường",
                List.of(ward), List.of(), List.of("Nghe báo cáo"), List.of(), "<p>Biên bản</p>",
                List.of(new HoldSession.NewFeedback(ward, "Bổ sung máy tính", "Xem xét")), List.of("Kết luận một")))).id();
    }

    private Map<String, Object> sessionBody(UUID group, UUID ward) {
        UUID programme = jdbc.sql("SELECT id FROM supervision_programme ORDER BY created_at LIMIT 1").query(UUID.class).single();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("programmeId", programme);
        body.put("workingGroupId", group);
        body.put("heldOn", "2025-11-06");
        body.put("place", "Trụ sở phường");
        body.put("unitIds", List.of(ward));
        body.put("agenda", List.of("Nghe báo cáo"));
        body.put("minutes", "<p>Biên bản</p>");
        return body;
    }

    private long version(UUID session) {
        return jdbc.sql("SELECT version FROM supervision_session WHERE id = :id").param("id", session).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_session").query(Long.class).single();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
