package org.wardops.support;

import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Launches the system Chromium for browser tests; skips them where it is missing, except on CI. */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("wardops.test.chromium", "/usr/bin/chromium"));

    private Browser() {
    }

    /** No axe-core violation of WCAG 2.1 A and AA on the page as it is now. */
    public static void assertAccessible(com.microsoft.playwright.Page page) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        org.assertj.core.api.Assertions.assertThat(results.getViolations())
                .as("accessibility violations on " + page.url())
                .extracting(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .isEmpty();
    }

    private static @org.jspecify.annotations.Nullable Playwright sharedPlaywright;
    private static com.microsoft.playwright.@org.jspecify.annotations.Nullable Browser sharedBrowser;

    /**
     * One Chromium for every browser test of the run (tests run one after the other in one thread, which Playwright
     * requires), closed when the test JVM ends: launching it costs seconds, a new context per test costs little.
     */
    public static synchronized com.microsoft.playwright.Browser shared() {
        if (sharedBrowser == null || !sharedBrowser.isConnected()) {
            if (sharedPlaywright == null) {
                sharedPlaywright = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::closeShared, "playwright-close"));
            }
            sharedBrowser = launch(sharedPlaywright);
        }
        return sharedBrowser;
    }

    private static synchronized void closeShared() {
        try {
            if (sharedBrowser != null) {
                sharedBrowser.close();
            }
            if (sharedPlaywright != null) {
                sharedPlaywright.close();
            }
        } catch (RuntimeException e) {
            // the JVM is ending; Chromium ends with it
        }
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            if (TestEnvironment.isCi()) {
                throw new IllegalStateException("CI=true requires Chromium at " + CHROMIUM);
            }
            Assumptions.abort("Chromium is not installed at " + CHROMIUM);
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage")));
    }
}
