package org.wardops.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browser tests of the demo city on the database of {@link IntegrationTest}, served on a random port: every subclass
 * shares this one application context (declare nothing that changes its configuration) and the run's Chromium. The
 * pool keeps its production size: a browser loads a page's parts in parallel, which one connection would serialise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(Actors.class)
public abstract class BrowserIntegrationTest extends BrowserTest {

    @DynamicPropertySource
    static void browserDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::url);
        registry.add("spring.datasource.username", TestDatabases::username);
    }
}
