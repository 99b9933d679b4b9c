package org.wardops.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every action × every demo role × own and other unit, on the API and on the page (the table in docs/indicators.md).
 * "Own" is the account's own unit where it has a commune-level one, else Xóm Chiếu (which working group no. 15
 * supervises); "other" is a ward outside every story scope. A refused write changes nothing.
 */
class IndicatorsAuthorizationIntegrationTests extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");
    private static final Map<String, String> OWN_UNIT = Map.of("khanhhoi.officer", "27265", "vinhhoi.officer", "27286");
    private static final String OTHER_UNIT = "25747";
    /** Who may enter and import values for their own unit; only administrators may for another unit or define. */
    private static final Set<String> ENTER_OWN = Set.of("admin", "xomchieu.chair", "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyActionForEveryRoleOnOwnAndOtherUnitOnApiAndPage() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (String role : ROLES) {
            String token = api.bearer(role);
            UUID own = unit(OWN_UNIT.getOrDefault(role, "27259"));
            UUID other = unit(OTHER_UNIT);
            boolean admin = role.equals("admin");
            boolean entersOwn = ENTER_OWN.contains(role);
            check(expected, actual, role, "api.enterValues.own", entersOwn ? 200 : 403, api(put("/api/v1/indicator-values"), token, values(own, "2023-05")));
            check(expected, actual, role, "api.enterValues.other", admin ? 200 : 403, api(put("/api/v1/indicator-values"), token, values(other, "2023-05")));
            check(expected, actual, role, "page.enterValues.own", entersOwn ? 302 : 403, page(post("/indicators/values"), role, own));
            check(expected, actual, role, "page.enterValues.other", admin ? 302 : 403, page(post("/indicators/values"), role, other));
            check(expected, actual, role, "api.import.own", entersOwn ? 200 : 403, importFile(token, own));
            check(expected, actual, role, "api.import.other", admin ? 200 : 403, importFile(token, other));
            check(expected, actual, role, "api.defineIndicator", admin ? 200 : 403, api(put("/api/v1/indicators/766.progress.late"), token, """
                    {"names":{"vi":"Tiến độ: hồ sơ quá hạn (càng thấp càng tốt)","en":"Progress: dossiers handled late (lower is better)",
                     "de":"Fortschritt: verspätete Anträge (weniger ist besser)"},"set":"766","group":"PROGRESS","numerator":"#{dossiers.late}",
                     "denominator":"#{dossiers.received}","max":6,"direction":"LOWER","sortOrder":30,"validFrom":"2022-07-01","version":%d}""".formatted(latestVersion("766.progress.late"))));
            check(expected, actual, role, "api.defineDataElement", admin ? 201 : 403, api(post("/api/v1/data-elements"), token,
                    "{\"code\":\"test.auth." + role + "\",\"names\":{\"vi\":\"Thử\",\"en\":\"Test\",\"de\":\"Test\"},\"valueType\":\"INTEGER\",\"aggregation\":\"SUM\"}"));
            check(expected, actual, role, "page.defineIndicator", admin ? 302 : 403, mvc.perform(post("/indicators/catalogue").with(csrf())
                    .with(actors.session(role)).param("editing", "true").param("code", "766.progress.late").param("nameVi", "Tiến độ: hồ sơ quá hạn (càng thấp càng tốt)")
                    .param("nameEn", "Progress: dossiers handled late (lower is better)").param("nameDe", "Fortschritt: verspätete Anträge (weniger ist besser)")
                    .param("set", "766").param("group", "PROGRESS").param("numerator", "#{dossiers.late}").param("denominator", "#{dossiers.received}")
                    .param("max", "6").param("direction", "LOWER").param("validFrom", "2022-07-01")
                    .param("version", String.valueOf(latestVersion("766.progress.late")))).andReturn().getResponse().getStatus());
            check(expected, actual, role, "api.rebuild", admin ? 200 : 403, api(post("/api/v1/scores/rebuild"), token, "{}"));
            check(expected, actual, role, "api.readScores.other", 200, mvc.perform(get("/api/v1/scores").param("unitId", other.toString())
                    .param("period", "2023-05").header("Authorization", token)).andReturn().getResponse().getStatus());
            check(expected, actual, role, "api.readRanking", 200, mvc.perform(get("/api/v1/rankings").param("period", "2023-05")
                    .header("Authorization", token)).andReturn().getResponse().getStatus());
            check(expected, actual, role, "page.ranking", 200, mvc.perform(get("/indicators/ranking").with(actors.session(role))).andReturn().getResponse().getStatus());
            check(expected, actual, role, "page.scorecard.other", 200, mvc.perform(get("/indicators/scorecard").param("unitId", other.toString())
                    .param("period", "2023-05").with(actors.session(role))).andReturn().getResponse().getStatus());
            String catalogue = mvc.perform(get("/indicators/catalogue").with(actors.session(role))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            check(expected, actual, role, "page.catalogue.editorShown", admin ? 1 : 0, catalogue.contains("action=\"/indicators/catalogue\" ") || catalogue.contains("name=\"numerator\"") ? 1 : 0);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private long latestVersion(String code) {
        return jdbc.sql("SELECT version FROM indicators_indicator WHERE code = :code ORDER BY valid_from DESC LIMIT 1").param("code", code)
                .query(Long.class).single();
    }

    @Test
    void aRefusedValueForAnotherUnitChangesNothing() throws Exception {
        UUID other = unit(OTHER_UNIT);
        long before = jdbc.sql("SELECT COUNT(*) FROM indicators_value WHERE unit_id = :unit").param("unit", other).query(Long.class).single();
        var refused = mvc.perform(put("/api/v1/indicator-values").header("Authorization", api.bearer("xomchieu.officer"))
                .contentType(MediaType.APPLICATION_JSON).content(values(other, "2023-06"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.read(refused).get("detail").asString()).contains("chính đơn vị");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicators_value WHERE unit_id = :unit").param("unit", other).query(Long.class).single()).isEqualTo(before);
    }

    private void check(Map<String, String> expected, Map<String, String> actual, String role, String action, int want, int got) {
        expected.put(role + " " + action, Integer.toString(want));
        actual.put(role + " " + action, Integer.toString(got));
    }

    private int api(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    private int page(MockHttpServletRequestBuilder request, String role, UUID unit) throws Exception {
        return mvc.perform(request.with(csrf()).with(actors.session(role)).param("unitId", unit.toString()).param("period", "2023-05")
                .param("value.dossiers.received", "500")).andReturn().getResponse().getStatus();
    }

    private int importFile(String token, UUID unit) throws Exception {
        String code = jdbc.sql("SELECT code FROM directory_unit WHERE id = :id").param("id", unit).query(String.class).single();
        byte[] csv = ("unit_code,period,dossiers.received\n" + code + ",2023-05,500\n").getBytes(StandardCharsets.UTF_8);
        return mvc.perform(multipart("/api/v1/indicator-values/import").file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                .header("Authorization", token)).andReturn().getResponse().getStatus();
    }

    private static String values(UUID unit, String period) {
        return "{\"unitId\":\"" + unit + "\",\"period\":\"" + period + "\",\"values\":[{\"dataElement\":\"dossiers.received\",\"value\":500}]}";
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
