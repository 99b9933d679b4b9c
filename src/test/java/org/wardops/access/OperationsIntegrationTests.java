package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rate limits, the correlation id, business metrics and what the log must never hold, through the whole application. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    LoggingSystem logging;

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder logIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void theRequestIdIsTakenFromTheCallerOrMadeAndReturned() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "proxy-4711.a"))
                .andExpect(header().string("X-Request-Id", "proxy-4711.a"));
        String made = mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        // Something that could forge a log line or markup is replaced by a fresh id.
        String replaced = mvc.perform(get("/login").header("X-Request-Id", "x\nFAKE LOG LINE <script>"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    @Test
    void theErrorPageShowsTheRequestId() throws Exception {
        String page = mvc.perform(get("/no-such-page").with(actors.session("leader")).header("X-Request-Id", "ops-404-check")
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ops-404-check");
    }

    @Test
    void logInAttemptsFromOneAddressAreLimitedWithRetryAfter() throws Exception {
        int limit = 60;
        int refused = 0;
        MvcResult last = null;
        // The bucket refills one a second while the loop runs, so it may take somewhat more than the limit.
        for (int i = 0; i < 3 * limit && refused == 0; i++) {
            last = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"nobody.ratelimit" + (i % 3) + "\",\"password\":\"wrong-password\"}")
                            .with(request -> {
                                request.setRemoteAddr("10.201.7.9");
                                return request;
                            }))
                    .andReturn();
            refused += last.getResponse().getStatus() == 429 && last.getResponse().getHeader("Retry-After") != null
                    && last.getResponse().getContentAsString().contains("access.error.rateLimited") ? 1 : 0;
        }
        assertThat(refused).isEqualTo(1);
        assertThat(Integer.parseInt(last.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
        // Another address is not affected.
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody.ratelimit\",\"password\":\"wrong-password\"}")
                        .with(request -> {
                            request.setRemoteAddr("10.201.7.10");
                            return request;
                        }))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void prometheusShowsLogInsByOutcomeAndScheduledJobs() throws Exception {
        mvc.perform(logIn("auditor", "not-the-password", "10.202.0.1"));
        api.bearer("auditor");
        String metrics = mvc.perform(get("/actuator/prometheus").with(actors.session("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).containsPattern("wardops_logins_total\\{[^}]*outcome=\"success\"[^}]*} [1-9]")
                .containsPattern("wardops_logins_total\\{[^}]*outcome=\"failure\"[^}]*} [1-9]")
                .contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections");
    }

    @Test
    void prometheusShowsTheMailOutboxMailAttemptsAndImportsByKindAndOutcome(@Autowired org.wardops.notifications.internal.NotificationStore outbox,
                                                                           @Autowired org.wardops.notifications.internal.MailDispatcher mail,
                                                                           @Autowired org.springframework.transaction.support.TransactionTemplate transaction) throws Exception {
        String officer = api.bearer("xomchieu.officer");
        String unit = actors.actor("xomchieu.officer").unitId().toString();
        for (String csv : List.of("type,tag,serial\nPRINTER,OPS-METRICS-1,OPS-SERIAL-1\n", "type,tag,serial\nSPACESHIP,OPS-METRICS-2,OPS-SERIAL-2\n")) {
            mvc.perform(multipart("/api/v1/assets/import").file(new org.springframework.mock.web.MockMultipartFile("file", "kiem-ke.csv", "text/csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).param("unitId", unit).param("dryRun", "true").header("Authorization", officer));
        }
        java.util.UUID person = actors.actor("xomchieu.officer").personId();
        transaction.executeWithoutResult(status -> outbox.enqueueMail(person, "officer@xomchieu.example.gov.vn", "Nhắc việc", "Nội dung",
                java.time.Instant.now().minusSeconds(60)));
        assertThat(scrape()).containsPattern("wardops_mail_outbox\\{[^}]*status=\"pending\"[^}]*} [1-9]")
                .containsPattern("wardops_mail_outbox\\{[^}]*status=\"failed\"[^}]*} [0-9]");
        mail.dispatch();

        assertThat(scrape())
                .containsPattern("wardops_imports_total\\{kind=\"assets\",mode=\"dry_run\",outcome=\"accepted\"} [1-9]")
                .containsPattern("wardops_imports_total\\{kind=\"assets\",mode=\"dry_run\",outcome=\"refused\"} [1-9]")
                .containsPattern("wardops_mail_attempts_total\\{outcome=\"captured\"} [1-9]");
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(actors.session("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /**
     * Demo log-ins (form and token), token use and failures with the application's own loggers at DEBUG: neither a
     * password nor an issued token appears anywhere in the output, and the lines of a request carry its id.
     */
    @Test
    void theLogHoldsNoPasswordsNorTokensAndCarriesTheRequestId(CapturedOutput output) throws Exception {
        List<String> loggers = List.of("org.wardops", "org.springframework.security", "org.springframework.web");
        loggers.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
        List<String> tokens = new ArrayList<>();
        try {
            for (String username : List.of("admin", "leader", "xomchieu.officer")) {
                mvc.perform(logIn(username, "wardops-demo", "10.203.0.1")).andExpect(status().is3xxRedirection());
                String bearer = api.bearer(username);
                tokens.add(bearer.substring("Bearer ".length()));
                mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
            }
            mvc.perform(logIn("leader", "wardops-demo-typo", "10.203.0.2"));
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer wo_forged-token-value")
                    .header("X-Request-Id", "ops-log-check-1")).andExpect(status().isUnauthorized());
        } finally {
            loggers.forEach(name -> logging.setLogLevel(name, null));
        }
        String log = output.getAll();
        assertThat(log).as("the log ran at DEBUG").contains("DEBUG");
        assertThat(log).doesNotContain("wardops-demo").doesNotContain("wo_forged-token-value");
        tokens.forEach(token -> assertThat(log).doesNotContain(token).doesNotContain(token.substring(3, 20)));
        assertThat(log.lines().filter(line -> line.contains("ops-log-check-1"))).as("lines of the forged-token request").isNotEmpty();
    }
}
