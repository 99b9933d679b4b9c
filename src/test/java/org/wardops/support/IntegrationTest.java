package org.wardops.support;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run against a real database: the whole application with the demo data, on H2 or on
 * PostgreSQL (see {@link TestDatabases}); every subclass shares one application context and one database per run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({Actors.class, ApiClient.class})
public abstract class IntegrationTest {

    @BeforeAll
    static void database() {
        TestDatabases.url();
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::url);
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", () -> "");
        // One connection: a query run while another result set or connection is held (the nested borrow that
        // deadlocked the pool under 50 users) waits for itself and fails the test instead of hiding behind a pool of
        // ten. The wait is 30 s, not less, because after-commit listeners queue for the one connection at start-up.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 1);
        registry.add("spring.datasource.hikari.connection-timeout", () -> 30000);
        // Flyway takes a second connection for its schema history; it gets its own, outside the pool under test.
        registry.add("spring.flyway.url", TestDatabases::url);
        registry.add("spring.flyway.user", TestDatabases::username);
        registry.add("spring.flyway.password", () -> "");
    }
}
