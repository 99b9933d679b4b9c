package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.directory.AuthorizationTable;
import org.wardops.shared.AccessRefusedException;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every account action × every demo account (one per role) × its own account and another's, on the API and on the
 * account pages: both must answer alike, the account page and the API's {@code actions} must offer exactly what is
 * allowed, and the outcome must be the table documented in {@code docs/access.md}.
 */
class AccessAuthorizationIntegrationTests extends IntegrationTest {

    private static final Path DOCUMENT = Path.of("docs/access.md");

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    @Test
    void everyActionForEveryRoleOnItsOwnAndAnotherAccountIsTheDocumentedTable() throws Exception {
        AuthorizationTable observed = new AuthorizationTable();
        for (String account : AuthorizationTable.DEMO_ACCOUNTS) {
            String bearer = api.bearer(account);
            String otherName = account.equals("khanhhoi.officer") ? "vinhhoi.officer" : "khanhhoi.officer";
            for (boolean own : new boolean[] {true, false}) {
                UUID target = accountId(own ? account : otherName);
                observed.record("READ_ACCOUNTS", account, own, readAccount(account, bearer, target));
                observed.record("CREATE_ACCOUNT", account, own, createAccount(account, bearer));
                observed.record("CHANGE_ACCOUNT", account, own, changeAccount(account, bearer, target));
                observed.record("DISABLE_ACCOUNT", account, own, disableAccount(account, bearer, target));
                observed.record("ENABLE_ACCOUNT", account, own, enableAccount(account, bearer, target));
                // These act on the caller's own account only: no request can name another's.
                observed.record("READ_OWN_ACCOUNT", account, own, own && readMe(bearer, account));
                observed.record("CHOOSE_LANGUAGE", account, own, own && chooseLanguage(account));
                observed.record("ISSUE_TOKEN", account, own, own && bearer.startsWith("Bearer wo_"));
                observed.record("REVOKE_OWN_TOKEN", account, own, revokeToken(bearer, own ? account : otherName));
                observed.record("MANAGE_OWN_SECOND_FACTOR", account, own, own
                        && mvc.perform(get("/api/v1/me/second-factor").header("Authorization", bearer)).andReturn().getResponse().getStatus() == 200);
                // The target has no second factor: an allowed reset changes nothing but is answered 204.
                observed.record("RESET_SECOND_FACTOR", account, own, mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/accounts/" + target + "/second-factor").header("Authorization", bearer)).andReturn().getResponse().getStatus() == 204);
            }
        }
        assertThat(observed.markdown()).isEqualTo(AuthorizationTable.documented(DOCUMENT));
    }

    private boolean readAccount(String account, String bearer, UUID target) throws Exception {
        int byApi = mvc.perform(get("/api/v1/accounts/" + target).header("Authorization", bearer)).andReturn().getResponse().getStatus();
        int page = mvc.perform(get("/admin/accounts/" + target).with(actors.session(account))).andReturn().getResponse().getStatus();
        return AuthorizationTable.agree("READ_ACCOUNTS " + account, byApi == 200, page == 200);
    }

    /** Sent without a user name: allowed callers get the field problem, nothing is created either way. */
    private boolean createAccount(String account, String bearer) throws Exception {
        long before = count();
        int byApi = mvc.perform(post("/api/v1/accounts").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"\"}")).andReturn().getResponse().getStatus();
        int form = mvc.perform(get("/admin/accounts/new").with(actors.session(account))).andReturn().getResponse().getStatus();
        int page = mvc.perform(post("/admin/accounts").with(csrf()).with(actors.session(account)).param("username", ""))
                .andReturn().getResponse().getStatus();
        assertThat(count()).isEqualTo(before);
        AuthorizationTable.agree("CREATE_ACCOUNT " + account + " (API / form)", byApi == 400, form == 200);
        return AuthorizationTable.agree("CREATE_ACCOUNT " + account + " (API / page)", byApi == 400, page == 200);
    }

    /** Sent without roles: allowed callers get the field problem, nothing changes either way. */
    private boolean changeAccount(String account, String bearer, UUID target) throws Exception {
        long version = version(target);
        int byApi = mvc.perform(put("/api/v1/accounts/" + target).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[],\"version\":" + version + "}")).andReturn().getResponse().getStatus();
        int page = mvc.perform(post("/admin/accounts/" + target).with(csrf()).with(actors.session(account))
                .param("version", Long.toString(version))).andReturn().getResponse().getStatus();
        assertThat(version(target)).isEqualTo(version);
        return AuthorizationTable.agree("CHANGE_ACCOUNT " + account, byApi == 400, page == 200);
    }

    private boolean disableAccount(String account, String bearer, UUID target) throws Exception {
        boolean offeredByApi = offered(bearer, target, "DISABLE_ACCOUNT");
        boolean offeredOnPage = page(account, target).contains("/admin/accounts/" + target + "/disable");
        int byApi = mvc.perform(post("/api/v1/accounts/" + target + "/disable").header("Authorization", bearer)).andReturn().getResponse().getStatus();
        reenable(target);
        int page = mvc.perform(post("/admin/accounts/" + target + "/disable").with(csrf()).with(actors.session(account)))
                .andReturn().getResponse().getStatus();
        reenable(target);
        String what = "DISABLE_ACCOUNT " + account + " " + target;
        AuthorizationTable.agree(what + " (offered by API / on page)", offeredByApi, offeredOnPage);
        AuthorizationTable.agree(what + " (offered / API)", offeredByApi, byApi == 200);
        return AuthorizationTable.agree(what + " (API / page)", byApi == 200, page == 302);
    }

    /** Enabling an enabled account changes nothing, but is answered as allowed or refused. */
    private boolean enableAccount(String account, String bearer, UUID target) throws Exception {
        boolean offeredByApi = offered(bearer, target, "ENABLE_ACCOUNT");
        int byApi = mvc.perform(post("/api/v1/accounts/" + target + "/enable").header("Authorization", bearer)).andReturn().getResponse().getStatus();
        int page = mvc.perform(post("/admin/accounts/" + target + "/enable").with(csrf()).with(actors.session(account)))
                .andReturn().getResponse().getStatus();
        AuthorizationTable.agree("ENABLE_ACCOUNT " + account + " (offered / API)", offeredByApi, byApi == 200);
        return AuthorizationTable.agree("ENABLE_ACCOUNT " + account + " (API / page)", byApi == 200, page == 302);
    }

    private boolean readMe(String bearer, String account) throws Exception {
        MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andReturn();
        return me.getResponse().getStatus() == 200 && api.read(me).get("username").asString().equals(account);
    }

    /** An unsupported language: allowed callers get the field problem, so no account's language changes. */
    private boolean chooseLanguage(String account) {
        try {
            actors.as(account, () -> accounts.chooseLanguage("xx"));
            return true;
        } catch (AccessRefusedException refused) {
            return false;
        } catch (RuntimeException afterTheCheck) {
            return true;
        }
    }

    /** Revokes a fresh token of the owner with the caller's token: only one's own token can be revoked. */
    private boolean revokeToken(String bearer, String owner) throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + owner + "\",\"password\":\"wardops-demo\"}")).andReturn();
        String tokenId = api.read(issued).get("id").asString();
        int status = mvc.perform(delete("/api/v1/auth/tokens/" + tokenId).header("Authorization", bearer)).andReturn().getResponse().getStatus();
        return status == 204 || status == 200;
    }

    private boolean offered(String bearer, UUID target, String action) throws Exception {
        MvcResult read = mvc.perform(get("/api/v1/accounts/" + target).header("Authorization", bearer)).andReturn();
        if (read.getResponse().getStatus() != 200) {
            return false;
        }
        return api.read(read).path("actions").toString().contains(action);
    }

    private String page(String account, UUID target) throws Exception {
        MvcResult page = mvc.perform(get("/admin/accounts/" + target).with(actors.session(account))).andReturn();
        return page.getResponse().getStatus() == 200 ? page.getResponse().getContentAsString(StandardCharsets.UTF_8) : "";
    }

    private void reenable(UUID target) {
        jdbc.sql("UPDATE access_account SET enabled = TRUE WHERE id = :id").param("id", target).update();
    }

    private UUID accountId(String username) {
        return jdbc.sql("SELECT id FROM access_account WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    private long version(UUID account) {
        return jdbc.sql("SELECT version FROM access_account WHERE id = :id").param("id", account).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single();
    }
}
