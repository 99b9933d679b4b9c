package org.wardops.operations;

import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wardops.WardOpsApplication;
import tools.jackson.databind.JsonNode;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wardops.operations.Instances.ADMIN;
import static org.wardops.operations.Instances.PASSWORD;

/**
 * WardOps killed with SIGKILL in the middle of a 10,000-row inventory import and of a task cascade to all the city's
 * units, on PostgreSQL: after the restart neither left a row, and the audit chain is intact. The application runs as
 * a process of its own (the test classpath, no demo data); "in the middle" is not a guess: the test holds the audit
 * chain's head row, so both requests stop at their audit record with their rows written but not committed, and the
 * kill comes once PostgreSQL shows both transactions waiting for that row with a transaction id (i.e. having written).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CrashSafetyIntegrationTests {

    private static final int ROWS = 10_000;

    @Test
    void aKilledImportAndCascadeLeaveNothingHalfWritten() throws Exception {
        PostgresServer.requirePostgresRun();
        String database = PostgresServer.createDatabase();
        int port = freePort();
        Http http = new Http(port);

        String ward;
        String task;
        String officer;
        String leader;
        Process running = start(database, port, "first");
        try {
            String admin = http.token(ADMIN, PASSWORD);
            String city = http.get("/api/v1/me", admin).json().get("unitId").asString();
            ward = http.get("/api/v1/units?province=79&type=WARD&size=1", admin).json().get("items").get(0).get("id").asString();
            Http.expect(http.json("POST", "/api/v1/accounts", admin, account("canbo.phuong", ward, "UNIT_OFFICER")), 201, "officer");
            Http.expect(http.json("POST", "/api/v1/accounts", admin, account("lanhdao.thanhpho", city, "CITY_LEADER")), 201, "leader");
            officer = http.token("canbo.phuong", PASSWORD);
            leader = http.token("lanhdao.thanhpho", PASSWORD);
            Http.Answer issued = http.json("POST", "/api/v1/tasks", leader, Map.of("title", "Rà soát hạ tầng số toàn thành phố",
                    "description", "Mỗi phường, xã báo cáo", "unitId", city, "startDate", LocalDate.now().toString(), "dueDate", LocalDate.now().plusDays(30).toString(),
                    "priority", "NORMAL"));
            Http.expect(issued, 201, "task");
            task = issued.json().get("id").asString();
            long auditBefore;
            try (Connection holder = PostgresServer.connect(database); Statement statement = holder.createStatement()) {
                holder.setAutoCommit(false);
                statement.executeQuery("SELECT last_seq FROM audit_chain FOR UPDATE").close();
                // While these locks are held no record of the ward, the city or the shared chain can commit (a writer already
                // past them committed before): the import writes the ward's chain, the cascade the city's and then every unit's.
                auditBefore = count(database, "SELECT COUNT(*) FROM audit_record");
                List<CompletableFuture<Http.Answer>> requests = new ArrayList<>();
                requests.add(CompletableFuture.supplyAsync(() -> call(() -> http.upload(
                        "/api/v1/assets/import?unitId=" + ward + "&dryRun=false", officer, "kiem-ke.csv", inventory()))));
                requests.add(CompletableFuture.supplyAsync(() -> call(() -> http.json("POST", "/api/v1/tasks/" + task + "/cascade",
                        leader, Map.of("allUnits", true)))));
                awaitWritersWaitingForTheAuditHead(statement, 2);
                running.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                assertThat(running.isAlive()).isFalse();
                holder.rollback();
                // The requests had no answer: the process died under them.
                requests.forEach(request -> assertThat(request.join()).isNull());
            }
            awaitNoSessionsOf(database);
            assertThat(count(database, "SELECT COUNT(*) FROM capacity_asset WHERE unit_id = '" + ward + "'")).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM tasks_task WHERE parent_id = '" + task + "'")).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM audit_record")).isEqualTo(auditBefore);
        } finally {
            running.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process restarted = start(database, port, "restart");
        try {
            String admin = http.token(ADMIN, PASSWORD);
            JsonNode verified = http.get("/api/v1/audit/verify", admin).json();
            assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(http.get("/api/v1/assets?unitId=" + ward, http.token("canbo.phuong", PASSWORD)).json().get("total").asLong()).isZero();
            // The cascade works after the restart, all of it.
            Http.Answer cascaded = http.json("POST", "/api/v1/tasks/" + task + "/cascade", http.token("lanhdao.thanhpho", PASSWORD),
                    Map.of("allUnits", true));
            Http.expect(cascaded, 201, "cascade after restart");
            assertThat(count(database, "SELECT COUNT(*) FROM tasks_task WHERE parent_id = '" + task + "'"))
                    .isEqualTo(cascaded.json().size()).isGreaterThan(100);
        } finally {
            restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** WardOps as a process of its own on the test classpath, light: small heap, no jobs; answers once it is ready. */
    private static Process start(String database, int port, String name) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // The process's log stays in target/ for a look after a failure.
        Path log = Path.of("target", "crash-safety-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, WardOpsApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--wardops.bootstrap.admin.username=" + ADMIN, "--wardops.bootstrap.admin.password=" + PASSWORD,
                "--wardops.notifications.jobs-enabled=false", "--wardops.tasks.jobs-enabled=false",
                "--wardops.capacity.jobs-enabled=false", "--wardops.audit.jobs-enabled=false", "--spring.main.banner-mode=off");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http http = new Http(port);
        try {
            await("WardOps ready (log: " + log + ")").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("WardOps ended at start-up; see " + log);
                }
                try {
                    return http.get("/actuator/health/readiness", null).status() == 200;
                } catch (java.io.IOException notYet) {
                    return false; // not listening yet
                }
            });
            return process;
        } catch (RuntimeException notReady) {
            process.destroyForcibly();
            throw notReady;
        }
    }

    /**
     * Both requests are stopped inside their transactions after writing: each holds the row-exclusive lock of the table
     * it fills (written, not committed) and waits for a lock (the audit chain's head row this test holds).
     */
    private static void awaitWritersWaitingForTheAuditHead(Statement statement, int expected) throws Exception {
        await(expected + " writers waiting at the audit record").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (ResultSet found = statement.executeQuery("SELECT COUNT(DISTINCT waits.pid) FROM pg_locks waits "
                    + "JOIN pg_locks writes ON writes.pid = waits.pid AND writes.granted AND writes.mode = 'RowExclusiveLock' "
                    + "AND writes.relation IN ('capacity_asset'::regclass, 'tasks_task'::regclass) WHERE NOT waits.granted")) {
                found.next();
                return found.getInt(1) >= expected;
            }
        });
    }

    /**
     * The dead process's transactions end when PostgreSQL finds their connection gone (at once here: released from the
     * lock, each backend answers into a closed socket and rolls back).
     */
    private static void awaitNoSessionsOf(String database) throws Exception {
        String name = database.substring(database.lastIndexOf('/') + 1);
        await("the killed process's sessions ended").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                count(PostgresServer.SERVER, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name + "' AND pid <> pg_backend_pid()") == 0);
    }

    private static byte[] inventory() {
        StringBuilder csv = new StringBuilder("type,tag,serial,model,purchaseYear\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("PRINTER,KK-").append(i).append(",SN-").append(i).append(",Canon LBP 2900,2020\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> account(String username, String unitId, String role) {
        return Map.of("username", username, "password", PASSWORD, "unitId", unitId, "roles", List.of(role));
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = PostgresServer.connect(url); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private interface Call {
        Http.Answer run() throws Exception;
    }

    /** The answer, or null when the connection broke (the process was killed). */
    private static Http.Answer call(Call call) {
        try {
            return call.run();
        } catch (Exception e) {
            return null;
        }
    }
}
