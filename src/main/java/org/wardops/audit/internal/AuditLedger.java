package org.wardops.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wardops.audit.AuditQuery;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditVerification;
import org.wardops.shared.Ids;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail's storage: one hash chain per unit (and the shared chain for records without a unit, the history
 * before unit chains and the anchors). An append locks only its chain's head, so writes of different units do not
 * wait for each other; {@link #anchor} writes every moved unit chain's head into the shared chain, so that a unit
 * chain cut short is caught like a record deleted in the middle; {@link #verify} re-computes every chain.
 */
@Component
public class AuditLedger {

    /** The action of an anchor record in the shared chain. */
    public static final String ANCHOR_ACTION = "audit.chain.anchored";
    static final String ANCHOR_ENTITY = "audit_anchor";
    private static final int VERIFY_BATCH = 2_000;
    private static final String COLUMNS = "seq, chain_id, chain_seq, id, occurred_at, actor_id, actor_name, action, entity_type, "
            + "entity_id, unit_id, before_state, after_state, previous_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLedger(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void append(Actor actor, String action, String entityType, UUID entityId, @Nullable UUID unitId,
                       @Nullable Object before, @Nullable Object after) {
        appendRecord(actor, action, entityType, entityId, unitId, toJson(before), toJson(after));
    }

    private void appendRecord(Actor actor, String action, String entityType, UUID entityId, @Nullable UUID unitId,
                              @Nullable String before, @Nullable String after) {
        UUID chain = ChainedRecord.chainOf(unitId);
        ChainHead head = lockHead(chain);
        // Both databases keep microseconds; hashing the stored precision keeps verification exact.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChainedRecord record = new ChainedRecord(0, chain, head.lastSeq() + 1, Ids.next(), now, actor.accountId(),
                actor.username(), action, entityType, entityId, unitId, before, after, head.lastHash(), null);
        String hash = record.hash();
        jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES (nextval('audit_record_seq'), :chainId, :chainSeq, :id, "
                        + ":occurredAt, :actorId, :actorName, :action, :entityType, :entityId, :unitId, :before, :after, "
                        + ":previousHash, :hash)")
                .param("chainId", chain)
                .param("chainSeq", record.chainSeq())
                .param("id", record.id())
                .param("occurredAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("actorId", record.actorId())
                .param("actorName", record.actorName())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("unitId", unitId)
                .param("before", record.before())
                .param("after", record.after())
                .param("previousHash", record.previousHash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE chain_id = :chain")
                .param("seq", record.chainSeq())
                .param("hash", hash)
                .param("chain", chain)
                .update();
    }

    /** Locks the chain's head until the transaction ends; a unit's first record creates its chain. */
    private ChainHead lockHead(UUID chain) {
        var head = selectHeadForUpdate(chain);
        if (head.isPresent()) {
            return head.get();
        }
        // Two first writers of a unit: the second waits for the first's row and then inserts nothing.
        jdbc.sql("INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (:chain, 0, :genesis) ON CONFLICT DO NOTHING")
                .param("chain", chain)
                .param("genesis", ChainedRecord.GENESIS)
                .update();
        return selectHeadForUpdate(chain).orElseThrow();
    }

    private java.util.Optional<ChainHead> selectHeadForUpdate(UUID chain) {
        return jdbc.sql("SELECT chain_id, last_seq, last_hash FROM audit_chain WHERE chain_id = :chain FOR UPDATE")
                .param("chain", chain)
                .query(AuditLedger::head)
                .optional();
    }

    /**
     * Writes one anchor into the shared chain: the head (position and hash) of every unit chain that moved since the
     * last anchor. Reads committed heads without locking them, so no writer waits. Returns how many heads it named;
     * none moved, nothing is written.
     */
    public int anchor(Actor actor) {
        List<ChainHead> moved = jdbc.sql("SELECT c.chain_id, c.last_seq, c.last_hash FROM audit_chain c "
                        + "LEFT JOIN audit_chain_anchored a ON a.chain_id = c.chain_id "
                        + "WHERE c.chain_id <> :shared AND c.last_seq > COALESCE(a.anchored_seq, 0) ORDER BY c.chain_id")
                .param("shared", ChainedRecord.SHARED_CHAIN)
                .query(AuditLedger::head)
                .list();
        if (moved.isEmpty()) {
            return 0;
        }
        List<AnchoredHead> heads = moved.stream().map(h -> new AnchoredHead(h.chainId(), h.lastSeq(), h.lastHash())).toList();
        UUID anchorId = Ids.next();
        appendRecord(actor, ANCHOR_ACTION, ANCHOR_ENTITY, anchorId, null, null, json.writeValueAsString(new Anchor(heads)));
        jdbc.sql("DELETE FROM audit_chain_anchored WHERE chain_id IN (:chains)")
                .param("chains", moved.stream().map(ChainHead::chainId).toList())
                .update();
        for (AnchoredHead head : heads) {
            jdbc.sql("INSERT INTO audit_chain_anchored (chain_id, anchored_seq) VALUES (:chain, :seq)")
                    .param("chain", head.chain())
                    .param("seq", head.seq())
                    .update();
        }
        return heads.size();
    }

    /**
     * The changes of one record, oldest first, limited in SQL to what the reader may see: everything, or (with
     * {@code units}) the records of those units, or (with {@code units} null) every record that belongs to a unit.
     */
    public List<AuditRecordView> history(UUID entityId, boolean everything, java.util.@Nullable Collection<UUID> units) {
        if (!everything && units != null && units.isEmpty()) {
            return List.of();
        }
        String visible = everything ? "" : units == null ? " AND unit_id IS NOT NULL" : " AND unit_id IN (:units)";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE entity_id = :entityId" + visible + " ORDER BY seq")
                .param("entityId", entityId);
        if (!everything && units != null) {
            statement = statement.param("units", units);
        }
        return statement.query(AuditLedger::view).list();
    }

    public PageResult<AuditRecordView> search(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (query.entityId() != null) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", query.entityId());
        }
        if (query.unitId() != null) {
            where.append(" AND unit_id = :unitId");
            params.put("unitId", query.unitId());
        }
        if (query.actorId() != null) {
            where.append(" AND actor_id = :actorId");
            params.put("actorId", query.actorId());
        }
        if (query.unitIds() != null) {
            where.append(" AND unit_id IN (:unitIds)");
            params.put("unitIds", query.unitIds().isEmpty() ? Set.of(new UUID(0L, 0L)) : query.unitIds());
        }
        if (query.actorIds() != null) {
            where.append(" AND actor_id IN (:actorIds)");
            params.put("actorIds", query.actorIds().isEmpty() ? Set.of(new UUID(0L, 1L)) : query.actorIds());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", query.from().atStartOfDay(org.wardops.shared.time.LocalTime.VIETNAM).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(org.wardops.shared.time.LocalTime.VIETNAM).toOffsetDateTime());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record" + where).params(params).query(Long.class).single();
        List<AuditRecordView> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record" + where
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AuditLedger::view)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * Re-computes every chain, the shared chain first: each record's hash, its link to the previous record of its
     * chain and its position; each head against the chain's last record; each unit chain against the newest anchor
     * that named it; and that no record lies outside a chain. Reports the first break found.
     */
    public AuditVerification verify() {
        List<ChainHead> heads = jdbc.sql("SELECT chain_id, last_seq, last_hash FROM audit_chain "
                        + "ORDER BY CASE WHEN chain_id = :shared THEN 0 ELSE 1 END, chain_id")
                .param("shared", ChainedRecord.SHARED_CHAIN)
                .query(AuditLedger::head)
                .list();
        Map<UUID, AnchoredHead> anchored = new HashMap<>();
        long checked = 0;
        for (ChainHead head : heads) {
            Walk walk = walk(head, anchored);
            checked += walk.checked();
            if (walk.broken() != null) {
                return walk.broken().withChecked(checked, heads.size());
            }
            anchored.remove(head.chainId());
        }
        if (!anchored.isEmpty()) {
            // an anchor names a chain whose head and records are gone
            AnchoredHead gone = anchored.values().stream().min(java.util.Comparator.comparing(AnchoredHead::chain)).orElseThrow();
            return broken(checked, heads.size(), gone.chain(), 1, "audit.error.chain.truncated");
        }
        long stored = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
        if (stored != checked) {
            // records of a chain whose head row is gone
            var orphan = jdbc.sql("SELECT chain_id, MIN(chain_seq) FROM audit_record r WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_chain c WHERE c.chain_id = r.chain_id) GROUP BY chain_id ORDER BY chain_id")
                    .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                    .list();
            return orphan.isEmpty()
                    ? broken(checked, heads.size(), ChainedRecord.SHARED_CHAIN, checked + 1, "audit.error.chain.missingRecord")
                    : broken(checked, heads.size(), orphan.getFirst().getKey(), orphan.getFirst().getValue(), "audit.error.chain.headMissing");
        }
        return new AuditVerification(true, checked, heads.size(), null, null, null, null, clock.instant());
    }

    /** Walks one chain from its first record; collects the anchors it holds (the shared chain). */
    private Walk walk(ChainHead head, Map<UUID, AnchoredHead> anchored) {
        String runningHash = ChainedRecord.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        AnchoredHead anchor = anchored.get(head.chainId());
        while (true) {
            List<ChainedRecord> batch = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE chain_id = :chain "
                            + "AND chain_seq >= :from ORDER BY chain_seq LIMIT :limit")
                    .param("chain", head.chainId())
                    .param("from", expectedSeq)
                    .param("limit", VERIFY_BATCH)
                    .query(AuditLedger::stored)
                    .list();
            for (ChainedRecord record : batch) {
                if (record.chainSeq() != expectedSeq) {
                    return new Walk(checked, broken(head.chainId(), expectedSeq, "audit.error.chain.missingRecord"));
                }
                if (!record.previousHash().equals(runningHash)) {
                    return new Walk(checked, broken(head.chainId(), record.chainSeq(), "audit.error.chain.brokenLink"));
                }
                if (!record.hash().equals(record.storedHash())) {
                    return new Walk(checked, broken(head.chainId(), record.chainSeq(), "audit.error.chain.alteredRecord"));
                }
                if (anchor != null && anchor.seq() == record.chainSeq() && !anchor.hash().equals(record.storedHash())) {
                    return new Walk(checked, broken(head.chainId(), record.chainSeq(), "audit.error.chain.alteredRecord"));
                }
                if (ChainedRecord.SHARED_CHAIN.equals(head.chainId()) && ANCHOR_ACTION.equals(record.action())
                        && ANCHOR_ENTITY.equals(record.entityType()) && record.after() != null) {
                    // a later anchor supersedes an earlier one: it names the same chain further on
                    json.readValue(record.after(), Anchor.class).heads().forEach(h -> anchored.put(h.chain(), h));
                }
                runningHash = record.storedHash();
                expectedSeq++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(runningHash)
                || (anchor != null && anchor.seq() > checked)) {
            return new Walk(checked, broken(head.chainId(), checked + 1, "audit.error.chain.truncated"));
        }
        return new Walk(checked, null);
    }

    private AuditVerification broken(UUID chain, long seq, String problem) {
        return broken(0, 0, chain, seq, problem);
    }

    private AuditVerification broken(long checked, int chains, UUID chain, long seq, String problem) {
        return new AuditVerification(false, checked, chains, ChainedRecord.SHARED_CHAIN.equals(chain) ? null : chain, null,
                seq, problem, clock.instant());
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static ChainHead head(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getObject("chain_id", UUID.class), rs.getLong("last_seq"), rs.getString("last_hash"));
    }

    private static AuditRecordView view(ResultSet rs, int row) throws SQLException {
        ChainedRecord record = stored(rs, row);
        return new AuditRecordView(record.seq(), record.id(), record.occurredAt(), record.actorId(), record.actorName(),
                record.action(), record.entityType(), record.entityId(), record.unitId(), record.before(), record.after(),
                record.storedHash(), record.actorName());
    }

    private static ChainedRecord stored(ResultSet rs, int row) throws SQLException {
        return new ChainedRecord(rs.getLong("seq"), rs.getObject("chain_id", UUID.class), rs.getLong("chain_seq"), rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private record ChainHead(UUID chainId, long lastSeq, String lastHash) {
    }

    /** A unit chain's head as an anchor names it. */
    record AnchoredHead(UUID chain, long seq, String hash) {
    }

    /** An anchor record's state: the heads it holds. */
    record Anchor(List<AnchoredHead> heads) {
    }

    private record Walk(long checked, @Nullable AuditVerification broken) {
    }
}
