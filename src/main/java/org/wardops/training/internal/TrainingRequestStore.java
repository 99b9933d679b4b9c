package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.training.RequestState;
import org.wardops.training.TrainingRequestView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Training requests; the accepted session's course and day come from a join in the same statement. */
@Repository
public class TrainingRequestStore {

    private static final String COLUMNS = "r.id, r.unit_id, r.topic_code, r.people, r.preferred_period, r.reason, r.state, r.session_id, s.course_id, "
            + "s.held_on, r.enrolled, r.decision_reason, r.requested_by, r.requested_at, r.decided_at, r.version "
            + "FROM training_request r LEFT JOIN training_session s ON s.id = r.session_id";

    private final JdbcClient jdbc;

    TrainingRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingRequestView> find(UUID id, Function<String, String> labels) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE r.id = :id").param("id", id).query((rs, n) -> request(rs, labels)).optional();
    }

    public List<TrainingRequestView> search(TrainingPolicy.Visible visible, @Nullable RequestState state, @Nullable UUID unitId, int offset, int limit,
                                            Function<String, String> labels) {
        var statement = jdbc.sql("SELECT " + COLUMNS + " WHERE " + where(visible, state, unitId) + " ORDER BY r.requested_at DESC, r.id LIMIT :limit OFFSET :offset");
        return bind(statement, visible, state, unitId).param("limit", limit).param("offset", offset).query((rs, n) -> request(rs, labels)).list();
    }

    public long count(TrainingPolicy.Visible visible, @Nullable RequestState state, @Nullable UUID unitId) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM training_request r WHERE " + where(visible, state, unitId)), visible, state, unitId).query(Long.class).single();
    }

    public void insert(TrainingRequestView request) {
        jdbc.sql("INSERT INTO training_request (id, unit_id, topic_code, people, preferred_period, reason, state, enrolled, requested_by, requested_at, version) "
                        + "VALUES (:id, :unit, :topic, :people, :period, :reason, :state, 0, :by, :at, 0)")
                .param("id", request.id()).param("unit", request.unitId()).param("topic", request.topic()).param("people", request.people())
                .param("period", request.preferredPeriod()).param("reason", request.reason()).param("state", request.state().name())
                .param("by", request.requestedBy()).param("at", request.requestedAt().atOffset(ZoneOffset.UTC)).update();
    }

    /** Writes the decision if the request is still at the version read. */
    public boolean decide(TrainingRequestView request) {
        return jdbc.sql("UPDATE training_request SET state = :state, session_id = :session, enrolled = :enrolled, decision_reason = :reason, "
                        + "decided_at = :at, version = version + 1 WHERE id = :id AND version = :version AND state = :waiting")
                .param("state", request.state().name()).param("session", request.sessionId()).param("enrolled", request.enrolled())
                .param("reason", request.decisionReason()).param("at", request.decidedAt() == null ? null : request.decidedAt().atOffset(ZoneOffset.UTC))
                .param("id", request.id()).param("version", request.version()).param("waiting", RequestState.REQUESTED.name()).update() == 1;
    }

    private static String where(TrainingPolicy.Visible visible, @Nullable RequestState state, @Nullable UUID unitId) {
        return visible.condition("r.unit_id") + (state == null ? "" : " AND r.state = :state") + (unitId == null ? "" : " AND r.unit_id = :unit");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TrainingPolicy.Visible visible, @Nullable RequestState state,
                                                 @Nullable UUID unitId) {
        var bound = statement;
        if (state != null) {
            bound = bound.param("state", state.name());
        }
        if (unitId != null) {
            bound = bound.param("unit", unitId);
        }
        return !visible.all() && !visible.unitIds().isEmpty() ? bound.param("visibleUnits", visible.unitIds()) : bound;
    }

    private static TrainingRequestView request(ResultSet rs, Function<String, String> labels) throws SQLException {
        String topic = rs.getString(3);
        OffsetDateTime decided = rs.getObject(15, OffsetDateTime.class);
        return new TrainingRequestView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), topic, labels.apply(topic), rs.getInt(4),
                rs.getString(5), rs.getString(6), RequestState.valueOf(rs.getString(7)), rs.getObject(8, UUID.class), rs.getObject(9, UUID.class),
                rs.getObject(10, LocalDate.class), rs.getInt(11), rs.getString(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), rs.getLong(16));
    }
}
