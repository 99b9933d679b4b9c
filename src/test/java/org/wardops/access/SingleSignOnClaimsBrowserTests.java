package org.wardops.access;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.wardops.support.BrowserTest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with what the provider says about a person, end to end through the real provider
 * ({@link TestOidcProvider}) and Chromium, in the second configuration {@link SecondFactorBrowserTests} cannot have:
 * roles from the provider's {@code groups} claim, accounts provisioned in the unit of official code 27259 (Phường Xóm
 * Chiếu), the provider's {@code amr} "otp" trusted as a second factor — and the unit officer's role makes WardOps'
 * own second factor mandatory, so a log-in that lands on home proves the trusted {@code amr} counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"wardops.access.second-factor.required-roles=UNIT_OFFICER",
        "wardops.access.oidc.roles-claim=groups",
        "wardops.access.oidc.role-mapping=/city/ward-officers:UNIT_OFFICER,/city/ward-leaders:UNIT_LEADER",
        "wardops.access.oidc.trusted-amr=otp,mfa", "wardops.access.oidc.provision-unit-code=27259",
        "wardops.notifications.jobs-enabled=false"})
class SingleSignOnClaimsBrowserTests extends BrowserTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        TestOidcProvider.register(registry);
    }

    /** The shared database goes back to the demo: no provisioned account, no link, Vĩnh Hội's officer an officer again. */
    @AfterEach
    void restoreTheDemoAccounts() {
        jdbc.sql("DELETE FROM access_oidc_link").update();
        jdbc.sql("DELETE FROM access_account WHERE username = 'nguyen.moi'").update();
        UUID officer = account("vinhhoi.officer");
        jdbc.sql("DELETE FROM access_account_role WHERE account_id = :id").param("id", officer).update();
        jdbc.sql("INSERT INTO access_account_role (account_id, role) VALUES (:id, 'UNIT_OFFICER')").param("id", officer).update();
    }

    @Test
    void aPersonWithoutAnAccountIsProvisionedInTheConfiguredUnitWithTheMappedRoleAndTheProvidersOtpCounts() {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        logInAtProvider(page, "nguyen.moi");

        // no WardOps second-factor step: the provider's amr says otp
        assertThat(page).hasURL(local("/"));
        assertThat(page.locator(".unit").first()).containsText(messages.getMessage("access.label.role.UNIT_OFFICER", null, VIETNAMESE));
        UUID created = account("nguyen.moi");
        assertThat(jdbc.sql("SELECT u.code FROM access_account a JOIN directory_unit u ON u.id = a.unit_id WHERE a.id = :id")
                .param("id", created).query(String.class).single()).isEqualTo("27259");
        assertThat(roles(created)).containsExactly("UNIT_OFFICER");
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id AND action LIKE 'access.oidc.%' ORDER BY seq")
                .param("id", created).query(String.class).list())
                .containsExactly("access.oidc.provisioned", "access.oidc.linked", "access.oidc.loggedIn");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sso-provisioned-1366.png")));
        context.close();
    }

    @Test
    void anExistingAccountTakesTheRolesTheProviderSendsAtEveryLogIn() {
        UUID officer = account("vinhhoi.officer");
        assertThat(roles(officer)).containsExactly("UNIT_OFFICER");
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        logInAtProvider(page, "vinhhoi.officer");

        // The provider's groups make the officer a unit leader, a role without a mandatory second factor here.
        assertThat(page).hasURL(local("/"));
        assertThat(page.locator(".unit").first()).containsText(messages.getMessage("access.label.role.UNIT_LEADER", null, VIETNAMESE));
        assertThat(roles(officer)).containsExactly("UNIT_LEADER");
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id AND action LIKE 'access.oidc.%' ORDER BY seq")
                .param("id", officer).query(String.class).list()).endsWith("access.oidc.linked", "access.oidc.rolesMapped", "access.oidc.loggedIn");
        context.close();
    }

    @Test
    void aProviderThatSendsNoRoleWardOpsKnowsProvisionsNothing() {
        long accounts = jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single();
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        logInAtProvider(page, "stranger.person");

        assertThat(page).hasURL(local("/login/sso/unmatched"));
        assertThat(page.locator("#sso-unmatched")).containsText(messages.getMessage("access.error.oidc.noRole",
                new Object[] {TestOidcProvider.CLIENT_NAME, "stranger.person"}, VIETNAMESE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single()).isEqualTo(accounts);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_oidc_link").query(Long.class).single()).isZero();
        context.close();
    }

    private UUID account(String username) {
        return jdbc.sql("SELECT id FROM access_account WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    private java.util.List<String> roles(UUID account) {
        return jdbc.sql("SELECT role FROM access_account_role WHERE account_id = :id ORDER BY role").param("id", account).query(String.class).list();
    }

    /** WardOps on 127.0.0.1: a loopback redirect address the provider accepts on any port; the provider on localhost. */
    private String local(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void logInAtProvider(Page page, String username) {
        page.navigate(local("/login"));
        page.locator("a.sso-login").click();
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestOidcProvider.PASSWORD);
        page.locator("button[type=submit]").click();
    }
}
