package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every capacity action × every demo role × a unit of working group no. 15 (Xóm Chiếu, "own" for its people and the
 * group) and a unit outside it ("other"), on the API and on the page. The expected table is the one in
 * docs/capacity.md; a refused write answers 403 and leaves the audit trail (so every table) unchanged.
 */
class CapacityAuthorizationIntegrationTests extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");
    private static final Set<String> CITY = Set.of("admin", "leader", "auditor", "dept.sci");
    private static final Set<String> GROUP = Set.of("wg15.lead", "wg15.member");
    private static final Set<String> KEEPERS = Set.of("xomchieu.chair", "xomchieu.officer");

    enum Action { READ, EDIT, DRAFT }

    /** Who may do an action on the own unit (Xóm Chiếu); on the other unit only the city reads and nobody writes. */
    private static boolean expected(String role, Action action, boolean own) {
        return switch (action) {
            case READ -> CITY.contains(role) || (own && (GROUP.contains(role) || KEEPERS.contains(role)));
            case EDIT -> own && KEEPERS.contains(role);
            case DRAFT -> own && (KEEPERS.contains(role) || GROUP.contains(role));
        };
    }

    private record Step(String name, Action action, boolean api, boolean record, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {

        Step(String name, Action action, boolean api, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
            this(name, action, api, false, request);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyActionFollowsTheTableOnApiAndPage() throws Exception {
        String own = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(String.class).single();
        String other = jdbc.sql("SELECT unit_id FROM capacity_readiness WHERE unit_id NOT IN (SELECT id FROM directory_unit WHERE code IN ('27259', '27265', '27286')) "
                + "ORDER BY unit_name LIMIT 1").query(String.class).single();
        byte[] csv = "type,tag\nPRINTER,AUTHZ-1\n".getBytes(StandardCharsets.UTF_8);
        List<Step> steps = List.of(
                new Step("GET staff", Action.READ, true, u -> get("/api/v1/units/" + u + "/staff")),
                new Step("GET readiness", Action.READ, true, u -> get("/api/v1/units/" + u + "/readiness")),
                new Step("GET infrastructure", Action.READ, true, u -> get("/api/v1/units/" + u + "/infrastructure")),
                new Step("GET assets", Action.READ, true, u -> get("/api/v1/assets?unitId=" + u)),
                new Step("PUT establishment", Action.EDIT, true, u -> put("/api/v1/units/" + u + "/establishment")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"establishedPosts\":" + established(u) + "}")),
                new Step("POST asset", Action.EDIT, true, u -> post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"" + u + "\",\"type\":\"OTHER\",\"tag\":\"AUTHZ-" + UUID.randomUUID() + "\"}")),
                new Step("POST staff", Action.EDIT, true, u -> post("/api/v1/units/" + u + "/staff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + UUID.randomUUID() + "\",\"posts\":[]}")),
                new Step("PUT infrastructure", Action.EDIT, true, u -> put("/api/v1/units/" + u + "/infrastructure").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storageUsedGb\":-1}")),
                new Step("POST import", Action.EDIT, true, u -> multipart("/api/v1/assets/import").file(new MockMultipartFile("file", "a.csv", "text/csv", csv))
                        .param("unitId", u).param("dryRun", "true")),
                new Step("POST draft difficulty", Action.DRAFT, true, u -> post("/api/v1/units/" + u + "/readiness/gaps/dtOfficer/difficulty")),
                new Step("page unit", Action.READ, false, u -> get("/capacity/units/" + u)),
                new Step("page establishment", Action.EDIT, false, u -> post("/capacity/units/" + u + "/establishment").param("establishedPosts", established(u)).with(csrf())),
                new Step("page import", Action.EDIT, false, u -> multipart("/capacity/units/" + u + "/import").file(new MockMultipartFile("file", "a.csv", "text/csv", csv))
                        .param("dryRun", "true").with(csrf())),
                new Step("page import form", Action.EDIT, false, u -> get("/capacity/units/" + u + "/import")),
                new Step("page draft difficulty", Action.DRAFT, false, u -> post("/capacity/units/" + u + "/gaps/dtOfficer/difficulty").with(csrf())),
                // One staff entry or asset: outside the reader's scope it is not found (404), readable but not editable 403.
                new Step("PUT staff", Action.EDIT, true, true, u -> put("/api/v1/staff/" + staffOf(u)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"posts\":[],\"version\":0}")),
                new Step("PUT asset", Action.EDIT, true, true, u -> put("/api/v1/assets/" + assetOf(u)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tag\":\"AUTHZ\",\"version\":0}")),
                // The page forms; allowed, their deliberately bad input shows the form again with the problems (200), nothing saved.
                new Step("page staff form", Action.EDIT, false, u -> get("/capacity/units/" + u + "/staff/new")),
                new Step("page staff register", Action.EDIT, false, u -> post("/capacity/units/" + u + "/staff").param("posts[0].positionCode", "nope").with(csrf())),
                new Step("page staff edit form", Action.EDIT, false, true, u -> get("/capacity/staff/" + staffOf(u) + "/edit")),
                new Step("page staff change", Action.EDIT, false, true, u -> post("/capacity/staff/" + staffOf(u)).param("version", "0").with(csrf())),
                new Step("page asset form", Action.EDIT, false, u -> get("/capacity/units/" + u + "/assets/new")),
                new Step("page asset create", Action.EDIT, false, u -> post("/capacity/units/" + u + "/assets").param("tag", "AUTHZ").with(csrf())),
                new Step("page asset edit form", Action.EDIT, false, true, u -> get("/capacity/assets/" + assetOf(u) + "/edit")),
                new Step("page asset change", Action.EDIT, false, true, u -> post("/capacity/assets/" + assetOf(u)).param("version", "0").param("tag", "AUTHZ").with(csrf())),
                new Step("page infrastructure form", Action.EDIT, false, u -> get("/capacity/units/" + u + "/infrastructure/edit")),
                new Step("page infrastructure save", Action.EDIT, false, u -> post("/capacity/units/" + u + "/infrastructure").param("storageUsedGb", "-1").with(csrf())));

        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            String token = api.bearer(role);
            for (Map.Entry<String, Boolean> unit : Map.of(own, true, other, false).entrySet()) {
                for (Step step : steps) {
                    boolean allowed = expected(role, step.action(), unit.getValue());
                    long audited = auditCount();
                    AbstractMockHttpServletRequestBuilder<?> built = step.request().apply(unit.getKey());
                    RequestBuilder request = step.api() ? built.header("Authorization", token) : built.with(actors.session(role));
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    // The staff and infrastructure writes carry deliberately bad input: allowed, they answer 400 (checked after the policy).
                    boolean badInput = Set.of("POST staff", "PUT infrastructure", "PUT staff", "PUT asset").contains(step.name());
                    int refusal = step.record() && !expected(role, Action.READ, unit.getValue()) ? 404 : 403;
                    boolean passed = allowed ? (badInput ? status == 400 : status < 400) : status == refusal;
                    if (!allowed && auditCount() != audited) {
                        mismatches.add(role + " " + step.name() + (unit.getValue() ? " own" : " other") + ": refused but audited a change");
                    }
                    if (!passed) {
                        mismatches.add(role + " " + step.name() + (unit.getValue() ? " own" : " other") + ": expected " + (allowed ? "allowed" : refusal)
                                + ", got " + status);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aStaffEntryOrAssetOfAnotherUnitIsNotFoundForAnOutsider() throws Exception {
        String assetId = jdbc.sql("SELECT a.id FROM capacity_asset a JOIN directory_unit u ON u.id = a.unit_id WHERE u.code = '27259' AND a.tag = 'XC-PC-01'")
                .query(String.class).single();
        String staffId = jdbc.sql("SELECT s.id FROM capacity_staff s JOIN directory_unit u ON u.id = s.unit_id WHERE u.code = '27259' ORDER BY s.full_name LIMIT 1")
                .query(String.class).single();
        String outsider = api.bearer("khanhhoi.officer");
        assertThat(mvc.perform(get("/api/v1/assets/" + assetId).header("Authorization", outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/staff/" + staffId).header("Authorization", outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
        long audited = auditCount();
        assertThat(mvc.perform(put("/api/v1/assets/" + assetId).header("Authorization", outsider).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DESKTOP\",\"tag\":\"XC-PC-01\",\"version\":0}")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(auditCount()).isEqualTo(audited);
        String keeper = api.bearer("xomchieu.officer");
        assertThat(mvc.perform(get("/api/v1/assets/" + assetId).header("Authorization", keeper)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String staffOf(String unitId) {
        return jdbc.sql("SELECT id FROM capacity_staff WHERE unit_id = :u ORDER BY full_name, id LIMIT 1").param("u", UUID.fromString(unitId))
                .query(String.class).single();
    }

    private String assetOf(String unitId) {
        return jdbc.sql("SELECT id FROM capacity_asset WHERE unit_id = :u ORDER BY tag, id LIMIT 1").param("u", UUID.fromString(unitId))
                .query(String.class).single();
    }

    private String established(String unitId) {
        return String.valueOf(jdbc.sql("SELECT COALESCE(MAX(established_posts), 0) FROM capacity_establishment WHERE unit_id = :u")
                .param("u", UUID.fromString(unitId)).query(Integer.class).single());
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }
}
