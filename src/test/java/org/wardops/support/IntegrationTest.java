package org.wardops.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

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

    /**
     * The demo start (and every earlier test) publishes figures that other modules store and rescore after their
     * commits, one after the other on the one connection: each test waits until none of those is still pending, so
     * that no late publication lands in the middle of what it counts (run alone, a test would otherwise see values
     * appear under it). The database is shared with the browser tests' applications: a publication one of them left
     * behind (its application stopped, or its listener gave up) is nobody's to finish here, so the wait also ends when
     * this application's listener is idle and the pending count has not moved for five seconds.
     */
    @BeforeEach
    void publishedFiguresSettled(@Autowired JdbcClient jdbc,
                                 @Autowired @org.springframework.beans.factory.annotation.Qualifier("indicatorsPublishedValuesExecutor") Object executor) {
        org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor values = (org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor) executor;
        java.util.Set<Object>[] last = new java.util.Set[] {null};
        long[] since = {System.nanoTime()};
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            java.util.Set<Object> pending = new java.util.HashSet<>(jdbc.sql("SELECT id FROM event_publication "
                    + "WHERE (listener_id LIKE '%PublishedCoverageListener%' OR listener_id LIKE '%PublishedValuesListener%') "
                    + "AND completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')").query((rs, row) -> rs.getObject(1)).list());
            pending.removeAll(ABANDONED);
            if (pending.isEmpty()) {
                return true;
            }
            if (!pending.equals(last[0])) {
                last[0] = pending;
                since[0] = System.nanoTime();
                return false;
            }
            boolean idle = values.getQueueSize() == 0 && values.getActiveCount() == 0;
            if (idle && System.nanoTime() - since[0] > Duration.ofSeconds(5).toNanos()) {
                // nobody here works on these: later tests do not wait for them again
                ABANDONED.addAll(pending);
                return true;
            }
            return false;
        });
    }

    /** Publications another application of the run left pending, found once, not waited for again. */
    private static final java.util.Set<Object> ABANDONED = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
