package org.wardops.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every training action × every demo role × a unit of working group no. 15 (Xóm Chiếu: "own" for its people and the
 * group) and a unit outside it ("other"), on the API and on the page — the table in docs/training.md. Writes carry
 * deliberately incomplete input, so an allowed write answers 400 (or re-renders its form) and changes nothing; a refused
 * one answers 403 and leaves the audit trail unchanged.
 */
class TrainingAuthorizationIntegrationTests extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");
    private static final Set<String> MANAGERS = Set.of("admin", "dept.sci");
    private static final Set<String> CITY = Set.of("admin", "leader", "auditor", "dept.sci");
    private static final Set<String> GROUP = Set.of("wg15.lead", "wg15.member");
    private static final Set<String> OWN_STAFF = Set.of("xomchieu.chair", "xomchieu.officer");

    enum Action { READ, MANAGE, REQUEST, READ_UNIT }

    /** The table of docs/training.md. */
    private static boolean expected(String role, Action action, boolean own) {
        return switch (action) {
            case READ -> true;
            case MANAGE -> MANAGERS.contains(role);
            case REQUEST -> own && OWN_STAFF.contains(role);
            case READ_UNIT -> CITY.contains(role) || (own && (GROUP.contains(role) || OWN_STAFF.contains(role)));
        };
    }

    private record Step(String name, Action action, boolean api, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
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
        String other = jdbc.sql("SELECT id FROM directory_unit WHERE code NOT IN ('27259', '27265', '27286') AND type = 'WARD' ORDER BY code LIMIT 1")
                .query(String.class).single();
        String course = jdbc.sql("SELECT id FROM training_course WHERE topic_code = 'DT_COMPREHENSIVE'").query(String.class).single();
        String session = jdbc.sql("SELECT id FROM training_session WHERE course_id = :c ORDER BY held_on LIMIT 1").param("c", UUID.fromString(course))
                .query(String.class).single();
        String enrolment = jdbc.sql("SELECT id FROM training_enrolment WHERE course_id = :c ORDER BY id LIMIT 1").param("c", UUID.fromString(course))
                .query(String.class).single();
        String request = jdbc.sql("SELECT r.id FROM training_request r JOIN directory_unit u ON u.id = r.unit_id WHERE u.code = '27265' AND r.state = 'REQUESTED'")
                .query(String.class).single();
        List<Step> steps = List.of(
                new Step("GET topics", Action.READ, true, u -> get("/api/v1/training/topics")),
                new Step("GET courses", Action.READ, true, u -> get("/api/v1/courses")),
                new Step("GET course", Action.READ, true, u -> get("/api/v1/courses/" + course)),
                new Step("POST course", Action.MANAGE, true, u -> post("/api/v1/courses").contentType(MediaType.APPLICATION_JSON).content("{}")),
                new Step("POST session", Action.MANAGE, true, u -> post("/api/v1/courses/" + course + "/sessions").contentType(MediaType.APPLICATION_JSON).content("{}")),
                new Step("POST enrolments", Action.MANAGE, true, u -> post("/api/v1/training-sessions/" + session + "/enrolments")
                        .contentType(MediaType.APPLICATION_JSON).content("{}")),
                new Step("PUT attendance", Action.MANAGE, true, u -> put("/api/v1/training-sessions/" + session + "/attendance")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"attendance\":[{\"enrolmentId\":\"" + UUID.randomUUID() + "\",\"present\":true}]}")),
                new Step("PUT scores", Action.MANAGE, true, u -> put("/api/v1/enrolments/" + enrolment + "/scores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preScore\":101,\"version\":0}")),
                new Step("POST decline", Action.MANAGE, true, u -> post("/api/v1/training-requests/" + request + "/decline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\",\"version\":0}")),
                new Step("POST accept", Action.MANAGE, true, u -> post("/api/v1/training-requests/" + request + "/accept").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}")),
                new Step("POST request", Action.REQUEST, true, u -> post("/api/v1/training-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"" + u + "\",\"topic\":\"BASIC_IT\"}")),
                new Step("GET coverage", Action.READ_UNIT, true, u -> get("/api/v1/training/coverage?unitId=" + u)),
                new Step("page catalogue", Action.READ, false, u -> get("/training")),
                new Step("page course", Action.MANAGE, false, u -> post("/training/courses").param("title", "").with(csrf())),
                new Step("page session", Action.MANAGE, false, u -> post("/training/courses/" + course + "/sessions").param("trainer", "").with(csrf())),
                new Step("page enrol", Action.MANAGE, false, u -> post("/training/sessions/" + session + "/enrolments").with(csrf())),
                new Step("page sheet", Action.MANAGE, false, u -> post("/training/sessions/" + session + "/sheet").param("line", enrolment)
                        .param("pre_" + enrolment, "abc").with(csrf())),
                new Step("page decline", Action.MANAGE, false, u -> post("/training/requests/" + request + "/decline").param("reason", "").with(csrf())),
                new Step("page coverage", Action.READ_UNIT, false, u -> get("/training/coverage?unitId=" + u)));

        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            String token = api.bearer(role);
            Map<String, Boolean> units = new LinkedHashMap<>();
            units.put(own, true);
            units.put(other, false);
            for (Map.Entry<String, Boolean> unit : units.entrySet()) {
                for (Step step : steps) {
                    boolean allowed = expected(role, step.action(), unit.getValue());
                    long audited = auditCount();
                    AbstractMockHttpServletRequestBuilder<?> built = step.request().apply(unit.getKey());
                    RequestBuilder prepared = step.api() ? built.header("Authorization", token) : built.with(actors.session(role));
                    int status = mvc.perform(prepared).andReturn().getResponse().getStatus();
                    boolean write = step.action() != Action.READ && step.action() != Action.READ_UNIT;
                    boolean passed = allowed ? (write && step.api() ? status == 400 : status == 200) : status == 403;
                    if (auditCount() != audited) {
                        mismatches.add(role + " " + step.name() + (unit.getValue() ? " own" : " other") + ": audited a change");
                    }
                    if (!passed) {
                        mismatches.add(role + " " + step.name() + (unit.getValue() ? " own" : " other") + ": expected " + (allowed ? "allowed" : "403")
                                + ", got " + status);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anotherUnitsRequestOrEnrolmentIsNotFoundForAnOutsider() throws Exception {
        String request = jdbc.sql("SELECT r.id FROM training_request r JOIN directory_unit u ON u.id = r.unit_id WHERE u.code = '27286'")
                .query(String.class).list().getFirst();
        String enrolment = jdbc.sql("SELECT e.id FROM training_enrolment e JOIN directory_unit u ON u.id = e.unit_id WHERE u.code = '27286'")
                .query(String.class).list().getFirst();
        String outsider = api.bearer("khanhhoi.officer");
        assertThat(mvc.perform(get("/api/v1/training-requests/" + request).header("Authorization", outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/enrolments/" + enrolment).header("Authorization", outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/enrolments/" + enrolment + "/certificate.pdf").header("Authorization", outsider)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        String owner = api.bearer("vinhhoi.officer");
        assertThat(mvc.perform(get("/api/v1/training-requests/" + request).header("Authorization", owner)).andReturn().getResponse().getStatus()).isEqualTo(200);
        String listed = mvc.perform(get("/api/v1/training-requests").header("Authorization", outsider)).andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(request);
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }
}
