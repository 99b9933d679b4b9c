package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wardops.access.internal.ResetMailer;
import org.wardops.shared.Hashing;
import org.wardops.support.IntegrationTest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password reset by e-mail (captured in the test's zero-setup mail mode): the same answer for an unknown name, a
 * token stored hashed that works once, expires, and changes nothing when refused. The demo password is restored.
 */
class PasswordResetIntegrationTests extends IntegrationTest {

    private static final String USER = "vinhhoi.officer";
    private static final Pattern LINK = Pattern.compile("/password-reset/new\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResetMailer mailer;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aLinkByMailSetsANewPasswordOnceAndUnknownNamesGetTheSameAnswer() throws Exception {
        String known = mvc.perform(post("/password-reset").param("username", USER).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/password-reset").param("username", "no.such.person").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section(unknown)).isEqualTo(section(known));
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"no.such.person\"}"))
                .andExpect(status().isAccepted());

        String token = await().atMost(Duration.ofSeconds(20)).until(() -> mailer.captured().stream()
                .filter(mail -> mail.body().contains(USER)).findFirst().map(mail -> {
                    Matcher matcher = LINK.matcher(mail.body());
                    return matcher.find() ? matcher.group(1) : null;
                }).orElse(null), value -> value != null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_password_reset WHERE token_hash = :hash").param("hash", Hashing.sha256(token))
                .query(Integer.class).single()).as("stored as its hash").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_password_reset WHERE token_hash = :raw").param("raw", token)
                .query(Integer.class).single()).isZero();

        try {
            complete(token, "short").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
            mvc.perform(get("/password-reset/new").param("token", token)).andExpect(status().isOk());
            mvc.perform(post("/password-reset/new").param("token", token).param("password", "a-new-password-2026").with(csrf()))
                    .andExpect(redirectedUrl("/login?reset"));
            assertThat(passwords.matches("a-new-password-2026", hash())).isTrue();
            complete(token, "another-password-2026").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].code").value("access.error.reset.invalid"));
            assertThat(passwords.matches("a-new-password-2026", hash())).as("a used token changes nothing").isTrue();

            // An expired token is refused.
            String expired = "expired-token-for-test-" + UUID.randomUUID();
            jdbc.sql("INSERT INTO access_password_reset (id, account_id, token_hash, created_at, expires_at, used_at) "
                            + "VALUES (:id, :account, :hash, :created, :expires, NULL)")
                    .param("id", UUID.randomUUID()).param("account", accountId()).param("hash", Hashing.sha256(expired))
                    .param("created", OffsetDateTime.now().minusHours(2)).param("expires", OffsetDateTime.now().minusHours(1)).update();
            complete(expired, "another-password-2026").andExpect(status().isBadRequest());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id AND action = 'access.password.reset'")
                    .param("id", accountId()).query(Integer.class).single()).isOne();
        } finally {
            jdbc.sql("UPDATE access_account SET password_hash = :hash WHERE username = :u")
                    .param("hash", passwords.encode("wardops-demo")).param("u", USER).update();
        }
    }

    private ResultActions complete(String token, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/password-reset/complete").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}"));
    }

    private static String section(String page) {
        int start = page.indexOf("<main");
        return start < 0 ? page : page.substring(start).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private String hash() {
        return jdbc.sql("SELECT password_hash FROM access_account WHERE username = :u").param("u", USER).query(String.class).single();
    }

    private UUID accountId() {
        return jdbc.sql("SELECT id FROM access_account WHERE username = :u").param("u", USER).query(UUID.class).single();
    }
}
