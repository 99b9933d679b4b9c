package org.wardops.access;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.wardops.access.internal.TotpCodes;
import org.wardops.support.BrowserTest;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server on a port: the auditor's role makes the second factor mandatory here, so the first log-in
 * enrols by QR code and a second log-in asks for a code; X-Forwarded-For counts only from the trusted proxy
 * (this machine), which the log-in rate limit shows; and single sign-on through a real OpenID Connect provider
 * ({@link TestOidcProvider}, started in this JVM) with the authorization-code flow and PKCE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"wardops.access.second-factor.required-roles=AUDITOR", "wardops.access.rate-limit.login-per-address=5",
        "wardops.notifications.jobs-enabled=false"})
class SecondFactorBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TotpCodes totp;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        TestOidcProvider.register(registry);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    @AfterEach
    void removeLinksAndSecondFactor() {
        jdbc.sql("DELETE FROM access_oidc_link").update();
        UUID id = jdbc.sql("SELECT id FROM access_account WHERE username = 'auditor'").query(UUID.class).single();
        jdbc.sql("DELETE FROM access_recovery_code WHERE account_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM access_totp WHERE account_id = :id").param("id", id).update();
    }

    @Test
    void aMandatoryRoleEnrolsByQrCodeAtTheFirstLogInAndThenLogsInWithACode() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        logIn(page);
        assertThat(page).hasURL(url("/login/second-factor"));
        assertThat(page.locator("img[src^='data:image/png;base64,']")).isVisible();
        String secret = page.locator("#totp-secret").textContent().strip();
        String first = totp.currentCode(secret);
        page.locator("#code").fill(first);
        page.locator("form:has(#code) button[type=submit]").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        page.locator("a.button.primary").click();
        assertThat(page).hasURL(url("/"));

        context.clearCookies();
        logIn(page);
        assertThat(page).hasURL(url("/login/second-factor"));
        // A code is accepted once: wait for the authenticator's next 30-second code.
        long deadline = System.currentTimeMillis() + 35_000;
        while (totp.currentCode(secret).equals(first) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(500);
        }
        page.locator("#code").fill(totp.currentCode(secret));
        page.locator("form:has(#code) button[type=submit]").click();
        assertThat(page).hasURL(url("/"));
        context.close();
    }

    @Test
    void forwardedForCountsOnlyFromTheTrustedProxy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // From this machine (the trusted proxy): each forwarded client address has a bucket of its own.
        for (int i = 0; i < 5; i++) {
            assertThat(tokenRequest(http, "127.0.0.1", "198.51.100.7")).isEqualTo(401);
        }
        assertThat(tokenRequest(http, "127.0.0.1", "198.51.100.7")).isEqualTo(429);
        assertThat(tokenRequest(http, "127.0.0.1", "198.51.100.8")).isEqualTo(401);

        // From another address of this machine, not a trusted proxy: the header is ignored, the connection counts.
        Optional<String> other = otherLocalAddress();
        Assumptions.assumeTrue(other.isPresent(), "no non-loopback address on this machine");
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            refused += tokenRequest(http, other.get(), "198.51.100." + (20 + i)) == 429 ? 1 : 0;
        }
        assertThat(refused).as("six requests from one untrusted connection address, whatever it forwards").isEqualTo(1);
    }

    private final java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();

    /** A failed log-in as a name of its own each time, so that the per-account throttle (5 failures) plays no part. */
    private int tokenRequest(HttpClient http, String host, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody.forwarded." + attempts.incrementAndGet()
                        + "\",\"password\":\"wrong-password\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Optional<String> otherLocalAddress() throws Exception {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void aLinkedAccountLogsInThroughTheProviderWithPkceAndKeepsItsLocalRoles() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        List<String> authorizeRequests = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/oauth2/authorize")) {
                authorizeRequests.add(request.url());
            }
        });
        page.navigate(local("/login"));
        assertThat(page.locator("a.sso-login")).hasText(messages.getMessage("access.action.login.oidc",
                new Object[] {TestOidcProvider.CLIENT_NAME}, VIETNAMESE));
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/login-sso-1366.png")));
        logInAtProvider(page, "xomchieu.officer");

        assertThat(page).hasURL(local("/"));
        assertThat(page.locator(".unit").first()).containsText(messages.getMessage("access.label.role.UNIT_OFFICER", null, VIETNAMESE));
        // The first is WardOps' redirect; the provider repeats it after its own log-in form.
        assertThat(authorizeRequests).first().satisfies(url -> assertThat(url)
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("response_type=code"));
        UUID account = jdbc.sql("SELECT id FROM access_account WHERE username = 'xomchieu.officer'").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT account_id FROM access_oidc_link").query(UUID.class).list()).containsExactly(account);
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id AND action LIKE 'access.oidc.%' ORDER BY seq DESC")
                .param("id", account).query(String.class).list()).startsWith("access.oidc.loggedIn", "access.oidc.linked");
        context.close();
    }

    @Test
    void aProviderLogInThatMatchesNoAccountShowsAClearPageAndCreatesNothing() {
        long accounts = jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single();
        BrowserContext context = browser.newContext();
        context.addCookies(List.of(new Cookie("wardops-lang", "de").setUrl(local("/"))));
        Page page = context.newPage();
        logInAtProvider(page, "stranger.person");

        assertThat(page).hasURL(local("/login/sso/unmatched"));
        assertThat(page.locator("#sso-unmatched")).containsText(messages.getMessage("access.error.oidc.unmatched",
                new Object[] {TestOidcProvider.CLIENT_NAME, "stranger.person"}, Locale.GERMAN));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single()).isEqualTo(accounts);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_oidc_link").query(Long.class).single()).isZero();
        page.navigate(local("/"));
        assertThat(page).hasURL(local("/login"));
        context.close();
    }

    @Test
    void aProviderLogInStillAsksWardOpsSecondFactorWhereTheRoleMakesItMandatory() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        logInAtProvider(page, "auditor");

        assertThat(page).hasURL(local("/login/second-factor"));
        assertThat(page.locator("img[src^='data:image/png;base64,']")).isVisible();
        page.navigate(local("/"));
        assertThat(page).hasURL(local("/login"));
        context.close();
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

    private void logIn(Page page) {
        page.navigate(url("/login"));
        page.locator("#username").fill("auditor");
        page.locator("#password").fill("wardops-demo");
        page.locator("form[action='/login'] button[type=submit]").click();
    }
}
