package org.wardops.citizensupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Every action × every demo role × three units: Xóm Chiếu (XC) and Khánh Hội (KH), both supervised by working group
 * no. 15, and a unit of another working group (FAR); on the API and on the pages. A refused request is a 403 and
 * changes nothing. The table is the one in docs/citizensupport.md.
 */
class CitizenSupportAuthorizationIntegrationTests extends IntegrationTest {

    /** Role → action → the units where it is allowed. */
    private static final Map<String, Map<String, Set<String>>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("admin", "XC KH FAR", "XC KH FAR", "");
        allow("leader", "XC KH FAR", "", "");
        allow("auditor", "XC KH FAR", "", "");
        allow("wg15.lead", "XC KH", "", "");
        allow("wg15.member", "XC KH", "", "");
        allow("dept.sci", "", "", "");
        allow("xomchieu.chair", "XC", "XC", "XC");
        allow("xomchieu.officer", "XC", "XC", "XC");
        allow("volunteer.xomchieu", "XC", "", "XC");
        allow("khanhhoi.officer", "KH", "KH", "KH");
        allow("vinhhoi.officer", "", "", "");
    }

    private static void allow(String role, String read, String manage, String log) {
        Map<String, Set<String>> actions = new HashMap<>();
        actions.put("READ", units(read));
        actions.put("MANAGE", units(manage));
        actions.put("LOG", units(log));
        ALLOWED.put(role, actions);
    }

    private static Set<String> units(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(" "));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, UUID> unitIds = new HashMap<>();
    private final Map<String, UUID> teamIds = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void targets() {
        UUID xc = unit("27259");
        UUID kh = unit("27265");
        UUID vh = unit("27286");
        UUID far = jdbc.sql("SELECT unit_id FROM citizensupport_team WHERE unit_id NOT IN (:story) ORDER BY unit_id LIMIT 1")
                .param("story", List.of(xc, kh, vh)).query(UUID.class).single();
        unitIds.put("XC", xc);
        unitIds.put("KH", kh);
        unitIds.put("FAR", far);
        unitIds.forEach((key, id) -> teamIds.put(key, jdbc.sql("SELECT id FROM citizensupport_team WHERE unit_id = :unit ORDER BY residential_group, name, id LIMIT 1")
                .param("unit", id).query(UUID.class).single()));
    }

    @Test
    void apiReadsFollowThePolicy() throws Exception {
        check("READ", "GET /api/v1/teams?unitId=", target -> get("/api/v1/teams?unitId=" + unitIds.get(target)), true, null);
        check("READ", "GET /api/v1/teams/{id}", target -> get("/api/v1/teams/" + teamIds.get(target)), true, null);
        check("READ", "GET /api/v1/assistance?unitId=", target -> get("/api/v1/assistance?unitId=" + unitIds.get(target)), true, null);
    }

    @Test
    void apiChangesFollowThePolicyAndARefusalChangesNothing() throws Exception {
        check("MANAGE", "POST /api/v1/teams", target -> post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": \"" + unitIds.get(target) + "\", \"name\": \"Tổ kiểm thử\", \"residentialGroup\": \"Khu phố 9\", "
                        + "\"members\": [{\"fullName\": \"Đinh Thị Hoa\", \"organisation\": \"WOMENS_UNION\"}]}"), true, this::teams);
        check("MANAGE", "PUT /api/v1/teams/{id}", target -> put("/api/v1/teams/" + teamIds.get(target)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version(target) + ", \"name\": \"" + name(target) + "\", \"residentialGroup\": \"" + group(target) + "\", "
                        + "\"members\": [{\"fullName\": \"Đinh Thị Hoa\", \"organisation\": \"WOMENS_UNION\"}]}"), true, this::versions);
        check("LOG", "POST /api/v1/assistance", target -> post("/api/v1/assistance").contentType(MediaType.APPLICATION_JSON)
                .content(entryJson(target)), true, this::entries);
    }

    @Test
    void pagesFollowThePolicyAndARefusalChangesNothing() throws Exception {
        check("READ", "GET /citizen-support?unitId=", target -> get("/citizen-support?unitId=" + unitIds.get(target)), false, null);
        check("READ", "GET /citizen-support/teams/{id}", target -> get("/citizen-support/teams/" + teamIds.get(target)), false, null);
        check("MANAGE", "POST /citizen-support/teams", target -> post("/citizen-support/teams?unitId=" + unitIds.get(target)).with(csrf())
                .param("name", "Tổ kiểm thử trang").param("residentialGroup", "Khu phố 9")
                .param("memberName", "Đinh Thị Hoa").param("memberOrganisation", "WOMENS_UNION").param("memberPerson", ""), false, this::teams);
        check("MANAGE", "POST /citizen-support/teams/{id}", target -> post("/citizen-support/teams/" + teamIds.get(target)).with(csrf())
                .param("version", String.valueOf(version(target))).param("name", name(target)).param("residentialGroup", group(target))
                .param("memberName", "Đinh Thị Hoa").param("memberOrganisation", "WOMENS_UNION").param("memberPerson", ""), false, this::versions);
        check("LOG", "POST /assistance/log", target -> post("/assistance/log").with(csrf())
                .param("clientId", UUID.randomUUID().toString()).param("date", today()).param("teamId", teamIds.get(target).toString())
                .param("service", "E_HEALTH_BOOK").param("channel", "SUPPORT_POINT").param("outcome", "DONE").param("minutes", "12"), false, this::entries);
        check("LOG", "POST /assistance/log/sync", target -> post("/assistance/log/sync").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(entryJson(target)), false, this::entries);
    }

    @Test
    void thePhonePageIsForThoseWhoLogHelpForTheirOwnUnit() throws Exception {
        Set<String> ownUnitLoggers = Set.of("xomchieu.chair", "xomchieu.officer", "volunteer.xomchieu", "khanhhoi.officer", "vinhhoi.officer");
        List<String> mismatches = new ArrayList<>();
        for (String role : ALLOWED.keySet()) {
            boolean logsSomewhere = ownUnitLoggers.contains(role);
            int status = mvc.perform(get("/assistance/log").with(actors.session(role))).andReturn().getResponse().getStatus();
            if (logsSomewhere ? status != 200 : status != 403) {
                mismatches.add("GET /assistance/log as " + role + ": " + status);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Runs the request for every role and target and compares the status and, for refusals, the state before and after. */
    private void check(String action, String label, Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request,
                       boolean viaApi, java.util.function.Supplier<Object> state) throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String role : ALLOWED.keySet()) {
            for (String target : List.of("XC", "KH", "FAR")) {
                boolean allowed = ALLOWED.get(role).get(action).contains(target);
                Object before = state == null ? null : state.get();
                var builder = request.apply(target);
                RequestBuilder authenticated = viaApi ? builder.header("Authorization", token(role)) : builder.with(actors.session(role));
                int status = mvc.perform(authenticated).andReturn().getResponse().getStatus();
                boolean passed = allowed ? status >= 200 && status < 400 : status == 403;
                if (!passed) {
                    mismatches.add(label + " as " + role + " on " + target + ": " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
                if (!allowed && state != null && !state.get().equals(before)) {
                    mismatches.add(label + " as " + role + " on " + target + ": refused but something changed");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, username -> {
            try {
                return api.bearer(username);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String entryJson(String target) {
        return "{\"clientId\": \"" + UUID.randomUUID() + "\", \"date\": \"" + today() + "\", \"teamId\": \"" + teamIds.get(target) + "\", "
                + "\"service\": \"CASHLESS_PAYMENT\", \"channel\": \"DOOR_TO_DOOR\", \"outcome\": \"DONE\", \"minutes\": 15}";
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    private long version(String target) {
        return jdbc.sql("SELECT version FROM citizensupport_team WHERE id = :id").param("id", teamIds.get(target)).query(Long.class).single();
    }

    private String name(String target) {
        return jdbc.sql("SELECT name FROM citizensupport_team WHERE id = :id").param("id", teamIds.get(target)).query(String.class).single();
    }

    private String group(String target) {
        return jdbc.sql("SELECT residential_group FROM citizensupport_team WHERE id = :id").param("id", teamIds.get(target)).query(String.class).single();
    }

    private Object teams() {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_team").query(Long.class).single();
    }

    private Object versions() {
        return jdbc.sql("SELECT SUM(version) FROM citizensupport_team WHERE id IN (:ids)").param("ids", teamIds.values()).query(Long.class).single();
    }

    private Object entries() {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance").query(Long.class).single();
    }
}
