package org.wardops.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wardops.access.internal.TotpCodes;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * TOTP enrolment over the API, then the second step of the token endpoint and of the log-in form: a wrong or
 * replayed code is refused, a recovery code works once, an administrator's reset lets the person in without a code.
 */
class SecondFactorIntegrationTests extends IntegrationTest {

    private static final String USER = "dept.sci";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TotpCodes totp;

    @AfterEach
    void removeSecondFactor() {
        UUID id = accountId();
        jdbc.sql("DELETE FROM access_recovery_code WHERE account_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM access_totp WHERE account_id = :id").param("id", id).update();
    }

    @Test
    void enrolThenLogInWithCodesThatWorkOnceAndResetAfterALostPhone() throws Exception {
        String bearer = api.bearer(USER);
        JsonNode enrolment = api.read(mvc.perform(post("/api/v1/me/second-factor").header("Authorization", bearer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.otpauthUri").value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("otpauth://totp/dept.sci?secret="), org.hamcrest.Matchers.containsString("issuer=WardOps"))))
                .andExpect(jsonPath("$.qrImage").value(org.hamcrest.Matchers.startsWith("data:image/png;base64,")))
                .andReturn());
        String secret = enrolment.get("secret").asString();
        assertThat(jdbc.sql("SELECT confirmed_at FROM access_totp WHERE account_id = :id").param("id", accountId())
                .query(java.time.OffsetDateTime.class).optional()).isEmpty();

        confirm(bearer, "000000".equals(totp.currentCode(secret)) ? "111111" : "000000")
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("access.error.secondFactor.invalid"));
        String firstCode = totp.currentCode(secret);
        JsonNode recovery = api.read(confirm(bearer, firstCode).andExpect(status().isOk()).andReturn()).get("recoveryCodes");
        assertThat(recovery).hasSize(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_recovery_code WHERE account_id = :id AND code_hash = :plain")
                .param("id", accountId()).param("plain", recovery.get(0).asString()).query(Integer.class).single())
                .as("stored hashed").isZero();

        token(null).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("access.error.secondFactor.required"));
        token(firstCode).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("access.error.secondFactor.invalid"));
        token(recovery.get(0).asString()).andExpect(status().isCreated());
        token(recovery.get(0).asString()).andExpect(status().isUnauthorized());

        // The log-in form: the password leads to the second step, a recovery code completes it. Sessions live in
        // the database (Spring Session), so the browser's SESSION cookie is carried from request to request.
        java.util.Map<String, jakarta.servlet.http.Cookie> session = new java.util.LinkedHashMap<>();
        keep(session, mvc.perform(post("/login").cookie(cookies(session)).param("username", USER).param("password", "wardops-demo").with(csrf()))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn());
        keep(session, mvc.perform(get("/").cookie(cookies(session))).andExpect(status().is3xxRedirection()).andReturn());
        keep(session, mvc.perform(post("/login").cookie(cookies(session)).param("username", USER).param("password", "wardops-demo").with(csrf()))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn());
        keep(session, mvc.perform(get("/login/second-factor").cookie(cookies(session)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn());
        keep(session, mvc.perform(post("/login/second-factor").cookie(cookies(session)).param("code", "123 456").with(csrf()))
                .andExpect(status().isUnauthorized()).andReturn());
        keep(session, mvc.perform(post("/login/second-factor").cookie(cookies(session)).param("code", recovery.get(1).asString()).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn());
        mvc.perform(get("/account/second-factor").cookie(cookies(session))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/accounts/" + accountId() + "/second-factor").header("Authorization", bearer))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/accounts/" + accountId() + "/second-factor").header("Authorization", api.bearer("admin")))
                .andExpect(status().isNoContent());
        token(null).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id AND action IN ('access.secondFactor.enrolled', 'access.secondFactor.reset')")
                .param("id", accountId()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    private ResultActions confirm(String bearer, String code) throws Exception {
        return mvc.perform(post("/api/v1/me/second-factor/confirm").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
    }

    private ResultActions token(String code) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + USER + "\",\"password\":\"wardops-demo\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}")
                .with(request -> {
                    request.setRemoteAddr("10.204.0.1");
                    return request;
                }));
    }

    private UUID accountId() {
        return jdbc.sql("SELECT id FROM access_account WHERE username = :u").param("u", USER).query(UUID.class).single();
    }

    private static jakarta.servlet.http.Cookie[] cookies(java.util.Map<String, jakarta.servlet.http.Cookie> session) {
        return session.isEmpty() ? new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie("SESSION-NONE", "-")}
                : session.values().toArray(jakarta.servlet.http.Cookie[]::new);
    }

    private static void keep(java.util.Map<String, jakarta.servlet.http.Cookie> session, org.springframework.test.web.servlet.MvcResult result) {
        for (jakarta.servlet.http.Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                session.remove(cookie.getName());
            } else {
                session.put(cookie.getName(), cookie);
            }
        }
    }
}
