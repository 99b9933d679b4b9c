package org.wardops.operations;

import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Assumptions;
import org.wardops.support.TestDatabases;
import org.wardops.support.TestEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * The local PostgreSQL server of the operations tests (the one {@link TestDatabases} uses) and its streaming replica
 * on port 5433 ({@code .ci/replica.sh}): fresh databases of their own, and waiting for the replica to catch up.
 */
final class PostgresServer {

    static final String SERVER = System.getProperty("wardops.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String REPLICA = System.getProperty("wardops.test.replica.url", "jdbc:postgresql://127.0.0.1:5433/postgres");

    private PostgresServer() {
    }

    /** These tests need PostgreSQL: they run in the {@code postgresql} Surefire execution and skip in the H2 one. */
    static void requirePostgresRun() {
        Assumptions.assumeTrue(TestDatabases.isPostgres(), "runs in the postgresql execution (wardops.test.database=postgresql)");
    }

    /** A new empty database on the server, dropped when the test JVM ends; answers its JDBC URL. */
    static String createDatabase() {
        String name = "wardops_ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a database at " + SERVER, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                // The run is over; a database left behind costs disk space only.
            }
        }));
        return on(SERVER, name);
    }

    /** The same database name on another server URL. */
    static String on(String server, String databaseUrl) {
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    /**
     * Whether the replica answers and is a standby. Without it the replica tests skip locally; with CI=true they fail,
     * since {@code .ci/run} starts it.
     */
    static boolean replicaReachable() {
        try (Connection connection = DriverManager.getConnection(REPLICA, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet recovery = statement.executeQuery("SELECT pg_is_in_recovery()")) {
            recovery.next();
            return recovery.getBoolean(1);
        } catch (SQLException e) {
            if (TestEnvironment.isCi()) {
                throw new IllegalStateException("CI=true requires the streaming replica at " + REPLICA + " (.ci/replica.sh)", e);
            }
            return false;
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** Waits until the replica has replayed everything the primary had written when this was called. */
    static void awaitReplica(Duration atMost) throws Exception {
        String target;
        try (Connection primary = connect(SERVER); Statement statement = primary.createStatement();
             ResultSet lsn = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            lsn.next();
            target = lsn.getString(1);
        }
        try (Connection replica = connect(REPLICA); var statement = replica.prepareStatement(
                "SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)")) {
            statement.setString(1, target);
            await("the replica replaying up to " + target).atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> {
                try (ResultSet caughtUp = statement.executeQuery()) {
                    caughtUp.next();
                    return caughtUp.getBoolean(1);
                }
            });
        }
    }
}
