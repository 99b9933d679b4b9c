package org.wardops.support;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database of this test run: a fresh in-memory H2 database, or a fresh PostgreSQL database created on the local
 * server (system property {@code wardops.test.database=postgresql}). PostgreSQL tests skip when no server answers,
 * unless CI=true, where they must run.
 */
public final class TestDatabases {

    private static final String KIND = System.getProperty("wardops.test.database", "h2");
    private static String url;
    private static String clockedUrl;
    private static String storyUrl;

    private TestDatabases() {
    }

    public static boolean isPostgres() {
        return "postgresql".equals(KIND);
    }

    public static synchronized String url() {
        if (url == null) {
            url = isPostgres() ? createPostgresDatabase()
                    : "jdbc:h2:mem:wardops-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    /**
     * A second fresh database, for tests whose application runs on a test clock: the demo data is dated from "today",
     * so it must not be shared with applications that run on the real clock.
     */
    public static synchronized String clockedUrl() {
        if (clockedUrl == null) {
            clockedUrl = isPostgres() ? createPostgresDatabase()
                    : "jdbc:h2:mem:wardops-clocked-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        return clockedUrl;
    }

    /** A third fresh database, for the demo told on its own days ({@code wardops.demo.today}): its history is dated in 2025. */
    public static synchronized String storyUrl() {
        if (storyUrl == null) {
            storyUrl = isPostgres() ? createPostgresDatabase()
                    : "jdbc:h2:mem:wardops-story-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        return storyUrl;
    }

    public static String username() {
        return isPostgres() ? "postgres" : "sa";
    }

    /** Leaves the server as it was; FORCE ends the connections the closing application still holds. */
    private static void drop(String server, String name) {
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // The run is over; a database left behind costs disk space only.
        }
    }

    private static String createPostgresDatabase() {
        String server = System.getProperty("wardops.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = "wardops_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        } catch (SQLException e) {
            if (TestEnvironment.isCi()) {
                throw new IllegalStateException("CI=true requires PostgreSQL at " + server, e);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + server + ": " + e.getMessage());
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }
}
