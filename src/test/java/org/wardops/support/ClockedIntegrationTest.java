package org.wardops.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Integration tests that move time (the same whole application as {@link IntegrationTest}, on H2 or PostgreSQL): the application runs on a {@link MutableClock} that starts in the story's week,
 * scheduled jobs are off (tests run them), and e-mail goes over SMTP to {@link #SMTP_PORT} on this machine, where
 * mail tests start an in-process server. All such tests share one application context and a database of their own
 * ({@link TestDatabases#clockedUrl()}), whose demo data is dated from the test clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({ClockedIntegrationTest.ClockConfiguration.class, Actors.class, ApiClient.class})
@TestPropertySource(properties = {
        "wardops.notifications.jobs-enabled=false",
        "wardops.notifications.mail-mode=smtp",
        "wardops.notifications.initial-backoff=1m",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
public abstract class ClockedIntegrationTest {

    /** A port free when the tests start, so that parallel builds on one machine do not collide. */
    public static final int SMTP_PORT = freePort();

    @Autowired
    protected MutableClock clock;

    @BeforeAll
    static void database() {
        TestDatabases.clockedUrl();
    }

    @DynamicPropertySource
    static void clockedDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::clockedUrl);
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 1);
        registry.add("spring.datasource.hikari.connection-timeout", () -> 30000);
        // Flyway takes a second connection for its schema history; it gets its own, outside the pool under test.
        registry.add("spring.flyway.url", TestDatabases::clockedUrl);
        registry.add("spring.flyway.user", TestDatabases::username);
        registry.add("spring.flyway.password", () -> "");
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class ClockConfiguration {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
