import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes per second through the hash-chained audit trail with N concurrent writers on PostgreSQL (bench/audit-writers.sh).
 * Each write is what a facade does: one business row, then the audit append exactly as AuditLedger does it (lock the
 * chain head row, insert the record chained to it, move the head), then commit. Modes:
 *   chain      one head for everything (WardOps today)
 *   plain      the business row and an audit row without a chain: what the database sustains without the head lock
 *   per-unit   one head per unit (168 units, random unit per write): the design of docs/scaling.md
 * Usage: java -cp postgresql.jar bench/src/AuditWriters.java JDBC_URL MODE WRITERS SECONDS
 */
public class AuditWriters {

    static final int UNITS = 168;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        int writers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS audit_record, audit_chain_head, bench_change");
            String migration = Files.readString(Path.of("src/main/resources/db/migration/V4__audit_trail.sql")).replaceAll("(?m)^--.*$", "");
            for (String sql : migration.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("CREATE TABLE bench_change (id UUID PRIMARY KEY, unit_id INTEGER NOT NULL, title TEXT NOT NULL)");
            if (mode.equals("per-unit")) {
                // audit_record.seq is one sequence per chain here; the bench keys records by (chain, seq).
                statement.execute("ALTER TABLE audit_record DROP CONSTRAINT audit_record_pkey");
                statement.execute("ALTER TABLE audit_record ADD COLUMN chain INTEGER NOT NULL DEFAULT 1");
                statement.execute("ALTER TABLE audit_record ADD PRIMARY KEY (chain, seq)");
                statement.execute("INSERT INTO audit_chain_head (id, last_seq, last_hash) SELECT g, 0, repeat('0', 64) "
                        + "FROM generate_series(2, " + UNITS + ") g");
            }
        }
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        try {
                            write(connection, mode);
                            connection.commit();
                            done.increment();
                        } catch (Exception e) {
                            connection.rollback();
                            failed.increment();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("mode=%s writers=%d seconds=%d writes=%d failed=%d writes/s=%.0f%n", mode, writers, seconds,
                done.sum(), failed.sum(), done.sum() / (double) seconds);
    }

    static void write(Connection connection, String mode) throws Exception {
        int unit = 1 + ThreadLocalRandom.current().nextInt(UNITS);
        UUID id = UUID.randomUUID();
        try (PreparedStatement change = connection.prepareStatement("INSERT INTO bench_change (id, unit_id, title) VALUES (?, ?, ?)")) {
            change.setObject(1, id);
            change.setInt(2, unit);
            change.setString(3, "Khó khăn về đường truyền " + id);
            change.executeUpdate();
        }
        int chain = mode.equals("per-unit") ? unit : 1;
        long seq;
        String previous;
        if (mode.equals("plain")) {
            seq = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            previous = "0".repeat(64);
        } else {
            try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = ? FOR UPDATE")) {
                head.setInt(1, chain);
                try (ResultSet row = head.executeQuery()) {
                    row.next();
                    seq = row.getLong(1) + 1;
                    previous = row.getString(2);
                }
            }
        }
        Instant now = Instant.now();
        String after = "{\"id\":\"" + id + "\",\"unitId\":" + unit + ",\"title\":\"Khó khăn về đường truyền\"}";
        String hash = sha256(previous + "|" + seq + "|" + id + "|" + now + "|" + after);
        String columns = mode.equals("per-unit") ? "chain, " : "";
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO audit_record (" + columns + "seq, id, occurred_at, actor_id, "
                + "actor_name, action, entity_type, entity_id, unit_id, before_state, after_state, previous_hash, hash) VALUES ("
                + (columns.isEmpty() ? "" : "?, ") + "?, ?, ?, ?, 'bench', 'difficulties.difficulty.created', 'Difficulty', ?, ?, NULL, ?, ?, ?)")) {
            int i = 1;
            if (!columns.isEmpty()) {
                record.setInt(i++, chain);
            }
            record.setLong(i++, seq);
            record.setObject(i++, UUID.randomUUID());
            record.setTimestamp(i++, Timestamp.from(now));
            record.setObject(i++, UUID.randomUUID());
            record.setObject(i++, id);
            record.setObject(i++, UUID.randomUUID());
            record.setString(i++, after);
            record.setString(i++, previous);
            record.setString(i, hash);
            record.executeUpdate();
        }
        if (!mode.equals("plain")) {
            try (PreparedStatement move = connection.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = ?")) {
                move.setLong(1, seq);
                move.setString(2, hash);
                move.setInt(3, chain);
                move.executeUpdate();
            }
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
