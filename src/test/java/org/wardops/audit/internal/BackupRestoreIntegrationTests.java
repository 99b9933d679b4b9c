package org.wardops.audit.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wardops.audit.AuditVerification;
import org.wardops.support.IntegrationTest;
import org.wardops.support.TestDatabases;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore (docs/deployment.md, ops/): a populated instance (the demo city) is backed up,
 * restored into an empty database, and the copy has the same rows in every table and an intact audit chain. On
 * PostgreSQL through the very scripts an operator runs; on H2 through the same H2 tools the H2 scripts call.
 */
class BackupRestoreIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRowAndAnIntactAuditChain() throws Exception {
        // Scheduled jobs may write while the backup runs: a copy is compared only when nothing changed around it.
        Map<String, Long> before;
        Map<String, Long> after;
        String copy;
        int attempts = 0;
        do {
            before = rowCounts(jdbc);
            copy = TestDatabases.isPostgres() ? backupAndRestorePostgres() : backupAndRestoreH2();
            after = rowCounts(jdbc);
        } while (!before.equals(after) && ++attempts < 3);
        assertThat(after).as("the database kept changing during three backups").isEqualTo(before);
        assertThat(before.get("audit_record")).isPositive();
        JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(copy, TestDatabases.username(), ""));

        assertThat(rowCounts(restored)).isEqualTo(before);
        AuditVerification verification = new AuditLedger(restored, json, clock).verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(before.get("audit_record"));
    }

    @Test
    void aRestoreIntoADatabaseThatHoldsDataIsRefused() throws Exception {
        if (TestDatabases.isPostgres()) {
            Path dump = directory.resolve("wardops.dump");
            assertThat(run("ops/pg-backup.sh", databaseName(TestDatabases.url()), dump.toString()).exitCode()).isZero();
            Result refused = run("ops/pg-restore.sh", dump.toString(), databaseName(TestDatabases.url()));
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.output()).contains("refused");
        } else {
            Path existing = directory.resolve("existing");
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + existing, "sa", "")) {
                connection.createStatement().execute("CREATE TABLE t (id INT)");
            }
            Result refused = run("ops/h2-restore.sh", directory.resolve("none.zip").toString(), existing.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.output()).contains("refused");
        }
    }

    private String backupAndRestorePostgres() throws Exception {
        Path dump = directory.resolve("wardops.dump");
        Result backup = run("ops/pg-backup.sh", databaseName(TestDatabases.url()), dump.toString());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        String target = "wardops_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = TestDatabases.url().substring(0, TestDatabases.url().lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + target + " ENCODING 'UTF8' TEMPLATE template0");
        }
        Result restore = run("ops/pg-restore.sh", dump.toString(), target);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        return server + target;
    }

    private String backupAndRestoreH2() throws Exception {
        Path zip = directory.resolve("wardops.zip");
        // What org.h2.tools.Script and RunScript (called by ops/h2-backup.sh and h2-restore.sh) execute.
        jdbc.sql("SCRIPT TO '" + zip + "' COMPRESSION ZIP").query().listOfRows();
        String target = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(target, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + zip + "' COMPRESSION ZIP");
        }
        return target;
    }

    private static Map<String, Long> rowCounts(JdbcClient client) {
        List<String> tables = client.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name").query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, client.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String databaseName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGUSER", "postgres");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
