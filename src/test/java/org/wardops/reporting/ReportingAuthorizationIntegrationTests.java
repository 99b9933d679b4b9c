package org.wardops.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.directory.DirectoryManagement;
import org.wardops.reporting.internal.ReportStore;
import org.wardops.reporting.internal.ReportingPolicy;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Actor;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every report action × every demo account × own and other report, on the API and on the page, against the table in
 * docs/reporting.md (which is thereby checked against {@link ReportingPolicy}). A refused call changes nothing.
 */
class ReportingAuthorizationIntegrationTests extends IntegrationTest {

    private static final Set<ReportAction> ON_SUBMITTED = EnumSet.of(ReportAction.READ, ReportAction.RETURN, ReportAction.ACCEPT);

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRequestManagement requests;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportStore store;
    @Autowired
    ReportingPolicy policy;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    javax.sql.DataSource dataSource;

    ReportingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        var pool = ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> pool.getThreadsAwaitingConnection() == 0 && pool.getActiveConnections() == 0);
        fixtures = new ReportingFixtures(jdbc, actors, requests);
    }

    @Test
    void everyActionForEveryAccountAgreesWithTheDocumentedTableOnApiAndPage() throws Exception {
        AuthorizationTable table = AuthorizationTable.read(Path.of("docs/reporting.md"));
        assertThat(table.cells().keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ReportAction.class).stream().map(Enum::name).toList());
        List<String> failures = new ArrayList<>();
        for (ReportAction action : ReportAction.values()) {
            boolean submitted = ON_SUBMITTED.contains(action);
            UUID own = ownReport(submitted);
            UUID other = otherReport(submitted);
            for (String account : table.accounts()) {
                for (boolean isOwn : List.of(true, false)) {
                    UUID report = isOwn ? own : other;
                    boolean expected = table.allows(action.name(), account, isOwn);
                    Actor actor = actors.actor(account);
                    boolean byPolicy = CurrentActor.runAs(actor, () -> policy.allowed(actor, store.find(report).orElseThrow()).contains(action));
                    String probe = action + " " + account + " " + (isOwn ? "own" : "other");
                    if (byPolicy != expected) {
                        failures.add(probe + ": policy says " + byPolicy);
                    }
                    Boolean api = offeredByApi(account, report, action);
                    Boolean page = offeredByPage(account, report, action);
                    if (api != expected || page != expected) {
                        failures.add(probe + ": expected " + expected + ", API " + api + ", page " + page);
                    }
                    if (!expected) {
                        String before = fixtures.state(report) + fixtures.version(report);
                        int viaApi = attemptByApi(account, report, action);
                        int viaPage = attemptByPage(account, report, action);
                        if (viaApi != 403 && action != ReportAction.REGISTER_PAPER || viaPage != 403 && action != ReportAction.REGISTER_PAPER) {
                            failures.add(probe + ": refused action answered API " + viaApi + ", page " + viaPage);
                        }
                        if (!before.equals(fixtures.state(report) + fixtures.version(report))) {
                            failures.add(probe + ": a refused action changed the report");
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAllowedActionGoesThroughOnTheApiAndOnThePage() throws Exception {
        UUID draft = ownReport(false);
        actors.as("xomchieu.officer", () -> reports.saveDraft(draft, fixtures.version(draft), ReportingFixtures.COMPLETE, List.of()));
        assertThat(attemptByPage("xomchieu.chair", draft, ReportAction.SUBMIT)).isEqualTo(302);
        assertThat(fixtures.state(draft)).isEqualTo("SUBMITTED");
        assertThat(attemptByApi("wg15.member", draft, ReportAction.RETURN)).isEqualTo(200);
        assertThat(fixtures.state(draft)).isEqualTo("RETURNED");
        UUID submitted = otherReport(true);
        assertThat(attemptByPage("leader", submitted, ReportAction.ACCEPT)).isEqualTo(302);
        assertThat(fixtures.state(submitted)).isEqualTo("ACCEPTED");
    }

    @Test
    void signingAndSubmittingOnThePageAsksForConfirmationFirst() throws Exception {
        UUID draft = ownReport(false);
        actors.as("xomchieu.officer", () -> reports.saveDraft(draft, fixtures.version(draft), ReportingFixtures.COMPLETE, List.of()));
        MvcResult result = mvc.perform(post("/reports/" + draft + "/submit").with(csrf()).with(actors.session("xomchieu.chair"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Vui lòng đánh dấu xác nhận trước khi ký gửi.");
        assertThat(fixtures.state(draft)).isEqualTo("DRAFT");
    }

    @Test
    void aTenThousandCharacterReturnReasonIsABadRequestNamingTheField() throws Exception {
        UUID report = ownReport(true);
        MvcResult result = mvc.perform(post("/api/v1/reports/" + report + "/return").with(actors.session("wg15.member"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "x".repeat(10_000) + "\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read(result).path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(fixtures.state(report)).isEqualTo("SUBMITTED");
    }

    @Test
    void reportListsArePagedAndFilteredInSql() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/reports").param("size", "5").with(actors.session("leader"))).andReturn();
        var page = api.read(result);
        assertThat(page.path("items").size()).isEqualTo(5);
        assertThat(page.path("total").asLong()).isGreaterThan(5);
        MvcResult officer = mvc.perform(get("/api/v1/reports").param("size", "500").with(actors.session("khanhhoi.officer"))).andReturn();
        UUID khanhHoi = fixtures.unitId("27265");
        for (var item : api.read(officer).path("items")) {
            assertThat(item.path("unitId").asString()).isEqualTo(khanhHoi.toString());
        }
    }

    private UUID ownReport(boolean submitted) {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        if (submitted) {
            actors.as("xomchieu.officer", () -> reports.saveDraft(report, 0, ReportingFixtures.COMPLETE, List.of()));
            actors.as("xomchieu.chair", () -> reports.submit(report));
        }
        return report;
    }

    private UUID otherReport(boolean submitted) {
        UUID group = fixtures.unitId("79-TCT-01");
        UUID ward = actors.as("admin", () -> directory.unitsSupervisedBy(group)).stream().sorted().findFirst().orElseThrow();
        UUID request = actors.as("admin", () -> requests.request(new NewReportRequest(fixtures.templateId(), "2025-W47", List.of(ward),
                LocalDate.now().plusDays(30), "Báo cáo kiểm thử " + UUID.randomUUID(), group))).id();
        UUID report = jdbc.sql("SELECT id FROM reporting_report WHERE request_id = :request").param("request", request).query(UUID.class).single();
        if (submitted) {
            actors.as("admin", () -> reports.registerPaperSubmission(report, ReportingFixtures.COMPLETE, Instant.now().minusSeconds(60), "Chủ tịch"));
        }
        return report;
    }

    /** Whether GET /api/v1/reports/{id} lists the action (READ: whether it answers 200). */
    private boolean offeredByApi(String account, UUID report, ReportAction action) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/reports/" + report).with(actors.session(account))).andReturn();
        if (result.getResponse().getStatus() == 403) {
            return false;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        if (action == ReportAction.READ) {
            return true;
        }
        for (var offered : api.read(result).path("actions")) {
            if (offered.asString().equals(action.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the report page offers the action's form (READ: whether it answers 200). */
    private boolean offeredByPage(String account, UUID report, ReportAction action) throws Exception {
        MvcResult result = mvc.perform(get("/reports/" + report).with(actors.session(account))).andReturn();
        if (result.getResponse().getStatus() == 403) {
            return false;
        }
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String base = "action=\"/reports/" + report;
        return switch (action) {
            case READ -> result.getResponse().getStatus() == 200;
            case EDIT -> html.contains(base + "\"");
            case MARK_READY -> html.contains(base + "/ready\"");
            case SUBMIT -> html.contains(base + "/submit\"");
            case RETURN -> html.contains(base + "/return\"");
            case ACCEPT -> html.contains(base + "/accept\"");
            // Paper registration is the administrators' import path, offered on no page: the API's actions say it.
            case REGISTER_PAPER -> offeredByApi(account, report, action);
        };
    }

    private int attemptByApi(String account, UUID report, ReportAction action) throws Exception {
        String uri = "/api/v1/reports/" + report;
        var request = switch (action) {
            case READ, REGISTER_PAPER -> get(uri);
            case EDIT -> put(uri).contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + fixtures.version(report) + ",\"answers\":{}}");
            case MARK_READY -> post(uri + "/ready");
            case SUBMIT -> post(uri + "/submit");
            case RETURN -> post(uri + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Bổ sung số liệu\"}");
            case ACCEPT -> post(uri + "/accept");
        };
        return mvc.perform(request.with(actors.session(account))).andReturn().getResponse().getStatus();
    }

    private int attemptByPage(String account, UUID report, ReportAction action) throws Exception {
        String uri = "/reports/" + report;
        var request = switch (action) {
            case READ, REGISTER_PAPER -> get(uri);
            case EDIT -> post(uri).param("version", String.valueOf(fixtures.version(report))).param("answers.staffTotal", "41");
            case MARK_READY -> post(uri + "/ready");
            case SUBMIT -> post(uri + "/submit").param("confirmed", "true");
            case RETURN -> post(uri + "/return").param("reason", "Bổ sung số liệu");
            case ACCEPT -> post(uri + "/accept");
        };
        return mvc.perform(request.with(csrf()).with(actors.session(account))).andReturn().getResponse().getStatus();
    }
}
