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
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The audit trail's storage: appends under a lock on the chain head, reads, and re-computes the chain. */
@Component
public class AuditLedger {

    private static final int VERIFY_BATCH = 2_000;
    private static final String COLUMNS = "seq, id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, "
            + "unit_id, before_state, after_state, previous_hash, hash";

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
        ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        // Both databases keep microseconds; hashing the stored precision keeps verification exact.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChainedRecord record = new ChainedRecord(head.lastSeq() + 1, Ids.next(), now, actor.accountId(), actor.username(),
                action, entityType, entityId, unitId, toJson(before), toJson(after), head.lastHash());
        String hash = record.hash();
        jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES (:seq, :id, :occurredAt, :actorId, :actorName, :action, "
                        + ":entityType, :entityId, :unitId, :before, :after, :previousHash, :hash)")
                .param("seq", record.seq())
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
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", record.seq())
                .param("hash", hash)
                .update();
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

    public AuditVerification verify() {
        ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        String runningHash = ChainedRecord.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<ChainedRecord> batch = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq >= :from ORDER BY seq LIMIT :limit")
                    .param("from", expectedSeq)
                    .param("limit", VERIFY_BATCH)
                    .query(AuditLedger::stored)
                    .list();
            for (ChainedRecord record : batch) {
                if (record.seq() != expectedSeq) {
                    return broken(checked, expectedSeq, "audit.error.chain.missingRecord");
                }
                if (!record.previousHash().equals(runningHash)) {
                    return broken(checked, record.seq(), "audit.error.chain.brokenLink");
                }
                if (!record.hash().equals(record.storedHash())) {
                    return broken(checked, record.seq(), "audit.error.chain.alteredRecord");
                }
                runningHash = record.storedHash();
                expectedSeq++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(runningHash)) {
            return broken(checked, checked + 1, "audit.error.chain.truncated");
        }
        return new AuditVerification(true, checked, null, null, clock.instant());
    }

    private AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem, clock.instant());
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static AuditRecordView view(ResultSet rs, int row) throws SQLException {
        ChainedRecord record = stored(rs, row);
        return new AuditRecordView(record.seq(), record.id(), record.occurredAt(), record.actorId(), record.actorName(),
                record.action(), record.entityType(), record.entityId(), record.unitId(), record.before(), record.after(),
                record.storedHash(), record.actorName());
    }

    private static ChainedRecord stored(ResultSet rs, int row) throws SQLException {
        return new ChainedRecord(rs.getLong("seq"), rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private record ChainHead(long lastSeq, String lastHash) {
    }
}
