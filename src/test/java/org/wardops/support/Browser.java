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
