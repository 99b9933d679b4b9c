package org.wardops.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Browser tests that move time, on the database of {@link ClockedIntegrationTest} (its demo data dated from the test
 * clock), served on a random port with the scheduled jobs off: every subclass shares this one application context
 * (declare nothing that changes its configuration) and the run's Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import({ClockedIntegrationTest.ClockConfiguration.class, Actors.class})
@TestPropertySource(properties = {"wardops.notifications.jobs-enabled=false", "wardops.citizensupport.jobs-enabled=false"})
public abstract class ClockedBrowserTest extends BrowserTest {

    @Autowired
    protected MutableClock clock;

    /**
     * The demo start leaves hundreds of after-commit publications (notifications, figures) that the listeners work off on
     * the pool the pages use: a test starts once they are done, so that its first page does not queue behind them.
     */
    @org.junit.jupiter.api.BeforeEach
    void listenersIdle(@Autowired @org.springframework.beans.factory.annotation.Qualifier("notificationsExecutor") Object notifications,
                       @Autowired @org.springframework.beans.factory.annotation.Qualifier("indicatorsPublishedValuesExecutor") Object values) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> idle(notifications) && idle(values));
    }

    private static boolean idle(Object executor) {
        var pool = (org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor) executor;
        return pool.getQueueSize() == 0 && pool.getActiveCount() == 0;
    }

    @DynamicPropertySource
    static void clockedBrowserDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::clockedUrl);
        registry.add("spring.datasource.username", TestDatabases::username);
    }
}
