package org.wardops.shared.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input never becomes a 500: a sweep of malformed ids over every API route with a path variable, and a table of
 * probes (wrong media types, badly typed parameters, overflowing or unreadable JSON). Each answer is a 4xx problem
 * detail in the request's language, and the database holds what it held before.
 */
class BadInputIntegrationTests extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ErrorResponses errors;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    org.springframework.test.web.servlet.request.RequestPostProcessor admin;

    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void token() throws Exception {
        // The demo's start-up events are still being delivered to the notification listeners, which queue on the
        // one-connection pool (reported to the notifications module); probe once they are through.
        var pool = ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> pool.getThreadsAwaitingConnection() == 0 && pool.getActiveConnections() == 0);
        admin = actors.session("admin");
    }

    record Route(HttpMethod method, String pattern) {
    }

    List<Route> apiRoutesWithVariables() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || !pattern.contains("{")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE).contains(method)
                            && seen.add(method + " " + pattern)) {
                        routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void everyApiRouteAnswersAMalformedIdWithAProblemDetailNamingTheParameter() throws Exception {
        List<Route> routes = apiRoutesWithVariables();
        assertThat(routes).hasSizeGreaterThan(40);
        long before = changeCount();
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            Matcher matcher = VARIABLE.matcher(route.pattern());
            List<String> names = new ArrayList<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            for (String bad : List.of("%20", "notuuid")) {
                String uri = VARIABLE.matcher(route.pattern()).replaceAll(bad);
                MockHttpServletRequestBuilder request = request(route.method(), java.net.URI.create(uri))
                        .with(admin).header("Accept-Language", "en");
                if (route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT) {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                String type = String.valueOf(result.getResponse().getContentType());
                if (status < 400 || status >= 500 || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    failures.add(route.method() + " " + uri + " → " + status + " " + type + " " + abbreviate(body));
                } else if (status == 400 && names.stream().noneMatch(body::contains)) {
                    failures.add(route.method() + " " + uri + " → 400 without naming " + names + ": " + abbreviate(body));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changeCount()).isEqualTo(before);
    }

    record Probe(String name, MockHttpServletRequestBuilder request, int status, String mentions) {
    }

    @Test
    void badlyTypedRequestsAnswerALocalisedProblemDetail() throws Exception {
        List<Probe> probes = List.of(
                new Probe("xml wanted", get("/api/v1/difficulties").accept(MediaType.APPLICATION_XML), 406, ""),
                new Probe("xml wanted on a record", get("/api/v1/me").accept(MediaType.APPLICATION_XML), 406, ""),
                new Probe("text body", post("/api/v1/sessions").contentType(MediaType.TEXT_PLAIN).content("x"), 415, ""),
                new Probe("form body", post("/api/v1/difficulties").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b"), 415, ""),
                new Probe("unknown state", get("/api/v1/difficulties").param("state", "FOO"), 400, "state"),
                new Probe("unit not a uuid", get("/api/v1/reports").param("unitId", "notuuid"), 400, "unitId"),
                new Probe("size not a number", get("/api/v1/sessions").param("size", "abc"), 400, "size"),
                new Probe("page not a number", get("/api/v1/reports").param("page", "abc"), 400, "page"),
                new Probe("broken json", post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).content("{\"title\":"), 400, ""),
                new Probe("json array for object", post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).content("[1,2]"), 400, ""),
                new Probe("null in a list of ids", post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[null]}"), 400, "unitIds"),
                new Probe("number for a list", post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":5}"), 400, "unitIds"),
                new Probe("int overflow", get("/api/v1/calendar/working-days").param("from", "2026-01-05").param("days", "10000000000000"), 400, "days"));
        long before = changeCount();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            MvcResult result = mvc.perform(probe.request().with(admin).header("Accept-Language", "en")).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (status != probe.status() || !String.valueOf(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    || !body.contains(probe.mentions())) {
                failures.add(probe.name() + " → " + status + " " + result.getResponse().getContentType() + " " + abbreviate(body));
                continue;
            }
            JsonNode problem = api.read(result);
            if (problem.path("title").asString("").isBlank() || problem.path("detail").asString("").isBlank()
                    || problem.path("code").asString("").isBlank()) {
                failures.add(probe.name() + " → problem without title/detail/code: " + body);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changeCount()).isEqualTo(before);
    }

    @Test
    void aValueTheDatabaseRefusesIsABadRequestWithAReference() throws Exception {
        // The last line of defence behind validation: the column refuses the value; the answer is a 400, never a 500.
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/anything");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        errors.dataIntegrity(new org.springframework.dao.DataIntegrityViolationException("value too long for column"), request, response);
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("code").asString()).isEqualTo("shared.error.input.refusedByDatabase");
        assertThat(problem.path("reference").asString()).hasSize(8);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("value too long");
    }

    @Test
    void aNulInAnUploadedFileNameIsRefused() throws Exception {
        String difficulty = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_difficulty ORDER BY created_at LIMIT 1").query(String.class).single();
        long before = changeCount();
        var file = new org.springframework.mock.web.MockMultipartFile("file", "evil\u0000.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        MvcResult result = mvc.perform(multipart("/api/v1/difficulties/" + difficulty + "/attachments").file(file)
                .with(admin)).andReturn();
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(changeCount()).isEqualTo(before);
    }

    @Test
    void pagesAnswerAMalformedIdWithTheErrorPage() throws Exception {
        for (String uri : List.of("/difficulties/notuuid", "/reports/notuuid", "/sessions/notuuid", "/tasks/notuuid")) {
            MvcResult result = mvc.perform(get(uri).with(actors.session("admin"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(uri).contains("class=\"mainnav\"");
        }
    }

    @Test
    void refusedAndMissingPagesKeepTheLayoutAndTheSecurityHeaders() throws Exception {
        for (String uri : List.of("/admin/accounts", "/admin/report-templates", "/admin/nothing-here", "/nothing-here")) {
            MvcResult result = mvc.perform(get(uri).with(actors.session("xomchieu.officer"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
            if (result.getResponse().getForwardedUrl() != null) {
                // The security filter forwards a refused page to the error page; MockMvc does not follow forwards.
                assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/error/403");
                result = mvc.perform(get("/error/403").with(actors.session("xomchieu.officer"))).andReturn();
                assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(403);
            }
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(uri).contains("class=\"mainnav\"").contains("class=\"topbar\"");
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(uri).contains("default-src 'self'");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
        }
        MvcResult missing = mvc.perform(get("/nothing-here").with(actors.session("admin"))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    }

    /**
     * The changes made as the sweeping account: after-commit listeners of the demo start (published figures, as the
     * system account) may still be auditing their own work while the sweep runs.
     */
    private long changeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE actor_name = 'admin'").query(Long.class).single();
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
