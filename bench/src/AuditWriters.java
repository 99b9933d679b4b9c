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
 * The schema is WardOps' own (V4, V192 and the PostgreSQL V193 migrations); each write is what a facade does: one
 * business row, then the audit append with AuditLedger's statements (lock the chain's head row in audit_chain, insert
 * the record with nextval('audit_record_seq') chained to it, move the head), then commit. Modes:
 *   one-chain  every record in one chain: WardOps before V192, and today's shared chain
 *   plain      the business row and an audit row without a chain: what the database sustains without a head lock
 *   per-unit   each record in its unit's chain (168 units, random unit per write): WardOps since V192
 * Usage: java -cp postgresql.jar bench/src/AuditWriters.java JDBC_URL MODE WRITERS SECONDS
 */
public class AuditWriters {

    static final int UNITS = 168;
    static final UUID SHARED = new UUID(0L, 0L);
    static final List<UUID> UNIT_IDS = java.util.stream.IntStream.rangeClosed(1, UNITS).mapToObj(i -> new UUID(1L, i)).toList();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        int writers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS audit_record, audit_chain_head, audit_chain, audit_chain_anchored, audit_shedlock, bench_change");
            statement.execute("DROP SEQUENCE IF EXISTS audit_record_seq");
            for (String file : List.of("db/migration/V4__audit_trail.sql", "db/migration/V192__audit_chain_per_unit.sql",
                    "db/vendor/postgresql/V193__audit_record_seq_start.sql")) {
                String migration = Files.readString(Path.of("src/main/resources/" + file)).replaceAll("(?m)^--.*$", "");
                for (String sql : migration.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("CREATE TABLE bench_change (id UUID PRIMARY KEY, unit_id UUID NOT NULL, title TEXT NOT NULL)");
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
        UUID unit = UNIT_IDS.get(ThreadLocalRandom.current().nextInt(UNITS));
        UUID id = UUID.randomUUID();
        try (PreparedStatement change = connection.prepareStatement("INSERT INTO bench_change (id, unit_id, title) VALUES (?, ?, ?)")) {
            change.setObject(1, id);
            change.setObject(2, unit);
            change.setString(3, "Khó khăn về đường truyền " + id);
            change.executeUpdate();
        }
        UUID chain = mode.equals("per-unit") ? unit : SHARED;
        long seq;
        String previous;
        if (mode.equals("plain")) {
            seq = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            chain = UUID.randomUUID();
            previous = "0".repeat(64);
        } else {
            Object[] head = lockHead(connection, chain);
            if (head == null) {
                try (PreparedStatement create = connection.prepareStatement(
                        "INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")) {
                    create.setObject(1, chain);
                    create.setString(2, "0".repeat(64));
                    create.executeUpdate();
                }
                head = lockHead(connection, chain);
            }
            seq = (Long) head[0] + 1;
            previous = (String) head[1];
        }
        Instant now = Instant.now();
        String after = "{\"id\":\"" + id + "\",\"unitId\":\"" + unit + "\",\"title\":\"Khó khăn về đường truyền\"}";
        String hash = sha256(previous + "|" + seq + "|" + id + "|" + now + "|" + after + "|" + chain);
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO audit_record (seq, chain_id, chain_seq, id, occurred_at, "
                + "actor_id, actor_name, action, entity_type, entity_id, unit_id, before_state, after_state, previous_hash, hash) VALUES ("
                + "nextval('audit_record_seq'), ?, ?, ?, ?, ?, 'bench', 'difficulties.difficulty.created', 'Difficulty', ?, ?, NULL, ?, ?, ?)")) {
            int i = 1;
            record.setObject(i++, chain);
            record.setLong(i++, seq);
            record.setObject(i++, UUID.randomUUID());
            record.setTimestamp(i++, Timestamp.from(now));
            record.setObject(i++, UUID.randomUUID());
            record.setObject(i++, id);
            record.setObject(i++, unit);
            record.setString(i++, after);
            record.setString(i++, previous);
            record.setString(i, hash);
            record.executeUpdate();
        }
        if (!mode.equals("plain")) {
            try (PreparedStatement move = connection.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = ?")) {
                move.setLong(1, seq);
                move.setString(2, hash);
                move.setObject(3, chain);
                move.executeUpdate();
            }
        }
    }

    static Object[] lockHead(Connection connection, UUID chain) throws Exception {
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = ? FOR UPDATE")) {
            head.setObject(1, chain);
            try (ResultSet row = head.executeQuery()) {
                return row.next() ? new Object[] {row.getLong(1), row.getString(2)} : null;
            }
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
