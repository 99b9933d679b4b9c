package org.wardops.support;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests that need an application of their own (other settings than the shared contexts of
 * {@link BrowserIntegrationTest} and {@link ClockedBrowserTest}): the run's shared Chromium and the address of the
 * application started on a random port. Subclasses choose the application and database.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        browser = org.wardops.support.Browser.shared();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
