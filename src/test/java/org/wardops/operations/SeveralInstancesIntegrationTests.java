package org.wardops.operations;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.shared.sql.ReplicaRoutingDataSource;
import org.wardops.shared.sql.ReplicaSettings;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wardops.operations.Instances.ADMIN;
import static org.wardops.operations.Instances.PASSWORD;

/**
 * Two WardOps instances on one PostgreSQL database, as behind the reverse proxy (docs/deployment.md): a page session
 * made on one is valid on the other; every scheduled job triggered on both at the same moment runs once; and, with
 * the streaming replica of {@code .ci/replica.sh}, read-only work goes to the replica while a writer still reads
 * their own write when the replica lags, and reads fall back to the primary when the replica is down.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SeveralInstancesIntegrationTests {

    private static String database;
    private static boolean replica;
    private static Instances.Instance first;
    private static Instances.Instance second;

    @BeforeAll
    static void start() {
        PostgresServer.requirePostgresRun();
        database = PostgresServer.createDatabase();
        replica = PostgresServer.replicaReachable();
        String[] replicaSettings = replica
                ? new String[] {"--wardops.datasource.replica.url=" + PostgresServer.on(PostgresServer.REPLICA, database)}
                : new String[0];
        // One after the other: the first migrates the schema, imports the unit list and creates the administrator.
        first = Instances.start(database, replicaSettings);
        second = Instances.start(database, replicaSettings);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aPageSessionMadeOnOneInstanceIsValidOnTheOther() throws Exception {
        String session = first.http().login(ADMIN, PASSWORD);
        assertThat(session).contains("SESSION=");

        Http.Answer home = second.http().page("/", session);
        assertThat(home.status()).isEqualTo(200);
        Http.Answer accounts = second.http().page("/admin/accounts", session);
        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body()).contains(ADMIN);
        // Without the cookie the same page asks for a log-in: the 200 above came from the session.
        assertThat(second.http().page("/admin/accounts", "").status()).isEqualTo(302);
    }

    @Test
    void eachScheduledJobRunsOnceWhenBothInstancesTriggerItTogether() throws Exception {
        Map<String, Runnable> onFirst = jobs(first.context());
        Map<String, Runnable> onSecond = jobs(second.context());
        assertThat(onFirst.keySet()).hasSizeGreaterThanOrEqualTo(8).isEqualTo(onSecond.keySet());
        List<String> lockTables;
        try (Connection connection = PostgresServer.connect(database); Statement statement = connection.createStatement()) {
            lockTables = lockTables(statement);
            countLockAcquisitions(statement, lockTables);
        }
        // Every job once, so that its lock row exists (a lock taken for the first time is an INSERT).
        onFirst.values().forEach(Runnable::run);
        try (Connection connection = PostgresServer.connect(database); Statement statement = connection.createStatement()) {
            // As on the next day: every lock released and past its shortest hold (the trigger counts no new lock here).
            for (String table : lockTables) {
                statement.execute("UPDATE " + table + " SET lock_until = now() - INTERVAL '1 minute'");
            }
        }
        long before = acquisitions();

        try (Connection holder = PostgresServer.connect(database); Statement statement = holder.createStatement();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // Both instances' lock statements wait behind this table lock, then go at the same moment.
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE " + String.join(", ", lockTables) + " IN EXCLUSIVE MODE");
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (String job : onFirst.keySet()) {
                runs.add(CompletableFuture.runAsync(onFirst.get(job), threads));
                runs.add(CompletableFuture.runAsync(onSecond.get(job), threads));
            }
            awaitWaiting(statement, lockTables, runs.size());
            holder.commit();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }

        try (Connection connection = PostgresServer.connect(database); Statement statement = connection.createStatement();
             ResultSet taken = statement.executeQuery("SELECT lock_table || ':' || name, COUNT(*) FROM ops_lock_taken "
                     + "WHERE seq > " + before + " GROUP BY lock_table, name")) {
            Map<String, Long> runs = new TreeMap<>();
            while (taken.next()) {
                runs.put(taken.getString(1), taken.getLong(2));
            }
            assertThat(runs).as("lock acquisitions per job after both instances triggered all %d jobs", onFirst.size())
                    .hasSize(onFirst.size()).allSatisfy((job, count) -> assertThat(count).as(job).isEqualTo(1L));
        }
    }

    @Test
    void aLaggingReplicaNeverHidesTheWritersOwnWriteButServesOthers() throws Exception {
        requireReplica();
        Http http = first.http();
        String admin = http.token(ADMIN, PASSWORD);
        String cityUnit = http.get("/api/v1/me", admin).json().get("unitId").asString();
        Http.expect(http.json("POST", "/api/v1/accounts", admin, account("quantri.hai", cityUnit)), 201, "second administrator");
        String otherAdmin = http.token("quantri.hai", PASSWORD);
        PostgresServer.awaitReplica(Duration.ofSeconds(30));

        try (Connection standby = PostgresServer.connect(PostgresServer.on(PostgresServer.REPLICA, database));
             Statement statement = standby.createStatement()) {
            statement.execute("SELECT pg_wal_replay_pause()");
            try {
                Http.expect(http.json("POST", "/api/v1/accounts", admin, account("moi.tao", cityUnit)), 201, "new account");
                // The writer's next read, at once: it must see the account although the replica has not replayed it.
                assertThat(usernames(http.get("/api/v1/accounts?q=moi.tao", admin).json())).containsExactly("moi.tao");
                // Another administrator's read goes to the paused replica, which does not have it yet.
                assertThat(usernames(http.get("/api/v1/accounts?q=moi.tao", otherAdmin).json())).isEmpty();
                assertThat(usernames(http.get("/api/v1/accounts?q=quantri.hai", otherAdmin).json())).containsExactly("quantri.hai");
            } finally {
                statement.execute("SELECT pg_wal_replay_resume()");
            }
        }
        PostgresServer.awaitReplica(Duration.ofSeconds(30));
        assertThat(usernames(http.get("/api/v1/accounts?q=moi.tao", otherAdmin).json())).containsExactly("moi.tao");
    }

    @Test
    void readOnlyWorkGoesToTheReplicaAndFallsBackToThePrimaryWhenItIsDown() throws Exception {
        requireReplica();
        Logger log = (Logger) LoggerFactory.getLogger(ReplicaRoutingDataSource.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try (ReplicaRoutingDataSource up = routing(PostgresServer.on(PostgresServer.REPLICA, database));
             ReplicaRoutingDataSource down = routing("jdbc:postgresql://127.0.0.1:1/" + database.substring(database.lastIndexOf('/') + 1))) {
            assertThat(inRecovery(up, true)).as("read-only on a live replica").isTrue();
            assertThat(inRecovery(up, false)).as("read-write").isFalse();
            assertThat(inRecovery(down, true)).as("read-only, replica down").isFalse();
            assertThat(inRecovery(down, true)).as("again, without waiting for the replica").isFalse();
        } finally {
            log.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getFormattedMessage().contains("read replica does not answer"))
                .hasSize(1);
    }

    private static ReplicaRoutingDataSource routing(String replicaUrl) {
        HikariDataSource primary = new HikariDataSource();
        primary.setJdbcUrl(database);
        primary.setUsername("postgres");
        primary.setMaximumPoolSize(2);
        HikariDataSource standby = new HikariDataSource();
        standby.setJdbcUrl(replicaUrl);
        standby.setUsername("postgres");
        standby.setMaximumPoolSize(2);
        standby.setConnectionTimeout(500);
        standby.setInitializationFailTimeout(-1);
        return new ReplicaRoutingDataSource(primary, standby,
                new ReplicaSettings(replicaUrl, null, null, 2, Duration.ofMillis(500), Duration.ofMinutes(1)), null);
    }

    private static boolean inRecovery(ReplicaRoutingDataSource dataSource, boolean readOnly) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.setReadOnly(readOnly);
        return Boolean.TRUE.equals(transaction.execute(status -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT pg_is_in_recovery()", Boolean.class)));
    }

    private static void requireReplica() {
        Assumptions.assumeTrue(replica, "no streaming replica at " + PostgresServer.REPLICA + " (start it with .ci/replica.sh; required with CI=true)");
    }

    private static Map<String, Object> account(String username, String unitId) {
        return Map.of("username", username, "password", PASSWORD, "unitId", unitId, "roles", List.of("SYSTEM_ADMIN"));
    }

    private static List<String> usernames(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("username").asString()).toList();
    }

    /** The application's own scheduled methods, by class and method name. */
    private static Map<String, Runnable> jobs(ConfigurableApplicationContext context) {
        Map<String, Runnable> jobs = new TreeMap<>();
        for (ScheduledTaskHolder holder : context.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask task : holder.getScheduledTasks()) {
                // The runnable may be Spring's outcome-tracking wrapper; it names the scheduled method as its own.
                Runnable job = task.getTask().getRunnable();
                if (job.toString().startsWith("org.wardops.")) {
                    jobs.put(job.toString(), job);
                }
            }
        }
        return jobs;
    }

    private static List<String> lockTables(Statement statement) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_name LIKE '%\\_shedlock' ORDER BY table_name")) {
            while (found.next()) {
                tables.add(found.getString(1));
            }
        }
        return tables;
    }

    /** A test-only trigger that notes every lock ShedLock takes: an insert, or an update that sets a new locked_at. */
    private static void countLockAcquisitions(Statement statement, List<String> lockTables) throws Exception {
        statement.execute("CREATE TABLE IF NOT EXISTS ops_lock_taken (seq BIGSERIAL PRIMARY KEY, lock_table TEXT NOT NULL, name TEXT NOT NULL)");
        statement.execute("""
                CREATE OR REPLACE FUNCTION ops_note_lock() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'INSERT' OR NEW.locked_at IS DISTINCT FROM OLD.locked_at THEN
                    INSERT INTO ops_lock_taken (lock_table, name) VALUES (TG_TABLE_NAME, NEW.name);
                  END IF;
                  RETURN NEW;
                END $$""");
        for (String table : lockTables) {
            statement.execute("CREATE OR REPLACE TRIGGER ops_note_lock AFTER INSERT OR UPDATE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION ops_note_lock()");
        }
    }

    private static long acquisitions() throws Exception {
        try (Connection connection = PostgresServer.connect(database); Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM ops_lock_taken")) {
            last.next();
            return last.getLong(1);
        }
    }

    /** Until this many statements wait for a lock on the lock tables (each job's lock attempt on each instance). */
    private static void awaitWaiting(Statement statement, List<String> lockTables, int expected) throws Exception {
        String tables = String.join(", ", lockTables.stream().map(t -> "'" + t + "'::regclass").toList());
        await(expected + " lock attempts waiting").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted AND relation IN (" + tables + ")")) {
                count.next();
                return count.getInt(1) >= expected;
            }
        });
    }
}
