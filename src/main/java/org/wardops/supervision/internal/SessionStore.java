package org.wardops.supervision.internal;

import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.sql.SqlPredicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.supervision.SessionRole;
import org.wardops.supervision.SessionView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions with their units, participants, reports discussed, feedback and conclusions. */
@Repository
public class SessionStore {

    /** A session row; the facade adds names. */
    public record Row(UUID id, UUID programmeId, UUID workingGroupId, LocalDate heldOn, String place, List<String> agenda, String minutes,
                      @Nullable Integer noticeNumber, long version) {
    }

    /** A participant as stored. */
    public record ParticipantRow(UUID personId, SessionRole role) {
    }

    private static final String COLUMNS = "id, programme_id, working_group_id, held_on, place, agenda, minutes_html, notice_number, version";

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session WHERE id = :id").param("id", id).query(SessionStore::row).optional();
    }

    /** Sessions of the groups or with the units given, latest first. */
    public List<Row> involving(Collection<UUID> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session s WHERE working_group_id IN (:units) OR EXISTS "
                        + "(SELECT 1 FROM supervision_session_unit u WHERE u.session_id = s.id AND u.unit_id IN (:units)) "
                        + "ORDER BY held_on DESC LIMIT :limit")
                .param("units", unitIds).param("limit", limit).query(SessionStore::row).list();
    }

    /** One page of the sessions the predicate lets through, latest first, with the total; counted in SQL. */
    public PageResult<Row> page(SqlPredicate visible, @Nullable UUID workingGroupId, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (workingGroupId != null) {
            where.append(" AND s.working_group_id = :group");
            params.put("group", workingGroupId);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM supervision_session s" + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session s" + where
                        + " ORDER BY s.held_on DESC, s.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(SessionStore::row).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The units of each session, in one query. */
    public Map<UUID, List<UUID>> unitsOf(Collection<UUID> sessionIds) {
        Map<UUID, List<UUID>> units = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return units;
        }
        jdbc.sql("SELECT session_id, unit_id FROM supervision_session_unit WHERE session_id IN (:ids)").param("ids", sessionIds)
                .query((rs, row) -> Map.entry(rs.getObject("session_id", UUID.class), rs.getObject("unit_id", UUID.class))).list()
                .forEach(entry -> units.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return units;
    }

    /** How many conclusions each session has, in one query. */
    public Map<UUID, Integer> conclusionCounts(Collection<UUID> sessionIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT session_id, COUNT(*) AS n FROM supervision_conclusion WHERE session_id IN (:ids) GROUP BY session_id")
                .param("ids", sessionIds)
                .query((rs, row) -> Map.entry(rs.getObject("session_id", UUID.class), rs.getInt("n"))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    public List<Row> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session ORDER BY held_on DESC LIMIT :limit").param("limit", limit)
                .query(SessionStore::row).list();
    }

    public List<Row> ofProgramme(UUID programmeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session WHERE programme_id = :programme ORDER BY held_on DESC")
                .param("programme", programmeId).query(SessionStore::row).list();
    }

    public List<UUID> units(UUID sessionId) {
        return jdbc.sql("SELECT unit_id FROM supervision_session_unit WHERE session_id = :id").param("id", sessionId).query(UUID.class).list();
    }

    public List<UUID> reports(UUID sessionId) {
        return jdbc.sql("SELECT report_id FROM supervision_session_report WHERE session_id = :id").param("id", sessionId).query(UUID.class).list();
    }

    public List<ParticipantRow> participants(UUID sessionId) {
        return jdbc.sql("SELECT person_id, role FROM supervision_participant WHERE session_id = :id ORDER BY position")
                .param("id", sessionId)
                .query((rs, row) -> new ParticipantRow(rs.getObject("person_id", UUID.class), SessionRole.valueOf(rs.getString("role")))).list();
    }

    public List<SessionView.Feedback> feedback(UUID sessionId) {
        return jdbc.sql("SELECT id, unit_id, recommendation, response FROM supervision_feedback WHERE session_id = :id ORDER BY position")
                .param("id", sessionId)
                .query((rs, row) -> new SessionView.Feedback(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("recommendation"), rs.getString("response"))).list();
    }

    public List<SessionView.Conclusion> conclusions(UUID sessionId) {
        return jdbc.sql("SELECT id, number, text FROM supervision_conclusion WHERE session_id = :id ORDER BY number")
                .param("id", sessionId)
                .query((rs, row) -> new SessionView.Conclusion(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("text"))).list();
    }

    /** Replaces a session's feedback when it is still at {@code version}; answers false when someone changed it meanwhile. */
    public boolean replaceFeedback(UUID sessionId, long version, List<SessionView.Feedback> feedback) {
        int changed = jdbc.sql("UPDATE supervision_session SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", sessionId).param("version", version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM supervision_feedback WHERE session_id = :id").param("id", sessionId).update();
        insertFeedback(sessionId, feedback);
        return true;
    }

    public void insert(Row session, List<UUID> unitIds, List<ParticipantRow> participants, List<UUID> reportIds,
                       List<SessionView.Feedback> feedback, List<SessionView.Conclusion> conclusions, Instant now) {
        jdbc.sql("INSERT INTO supervision_session (id, programme_id, working_group_id, held_on, place, agenda, minutes_html, notice_number, "
                        + "version, created_at) VALUES (:id, :programme, :group, :heldOn, :place, :agenda, :minutes, :notice, 0, :now)")
                .param("id", session.id())
                .param("programme", session.programmeId())
                .param("group", session.workingGroupId())
                .param("heldOn", session.heldOn())
                .param("place", session.place())
                .param("agenda", String.join("\n", session.agenda()))
                .param("minutes", session.minutes())
                .param("notice", session.noticeNumber())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        for (UUID unit : unitIds) {
            jdbc.sql("INSERT INTO supervision_session_unit (session_id, unit_id) VALUES (:session, :unit)")
                    .param("session", session.id()).param("unit", unit).update();
        }
        for (int i = 0; i < participants.size(); i++) {
            jdbc.sql("INSERT INTO supervision_participant (session_id, person_id, role, position) VALUES (:session, :person, :role, :position)")
                    .param("session", session.id()).param("person", participants.get(i).personId())
                    .param("role", participants.get(i).role().name()).param("position", i).update();
        }
        for (UUID report : reportIds) {
            jdbc.sql("INSERT INTO supervision_session_report (session_id, report_id) VALUES (:session, :report)")
                    .param("session", session.id()).param("report", report).update();
        }
        insertFeedback(session.id(), feedback);
        for (SessionView.Conclusion conclusion : conclusions) {
            jdbc.sql("INSERT INTO supervision_conclusion (id, session_id, number, text) VALUES (:id, :session, :number, :text)")
                    .param("id", conclusion.id()).param("session", session.id()).param("number", conclusion.number())
                    .param("text", conclusion.text()).update();
        }
    }

    private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int notice = rs.getInt("notice_number");
        Integer number = rs.wasNull() ? null : notice;
        String agenda = rs.getString("agenda");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getObject("working_group_id", UUID.class),
                rs.getObject("held_on", LocalDate.class), rs.getString("place"),
                agenda.isBlank() ? List.of() : Arrays.asList(agenda.split("\n")), rs.getString("minutes_html"), number, rs.getLong("version"));
    }

    private void insertFeedback(UUID sessionId, List<SessionView.Feedback> feedback) {
        for (int i = 0; i < feedback.size(); i++) {
            SessionView.Feedback item = feedback.get(i);
            jdbc.sql("INSERT INTO supervision_feedback (id, session_id, unit_id, recommendation, response, position) "
                            + "VALUES (:id, :session, :unit, :recommendation, :response, :position)")
                    .param("id", item.id()).param("session", sessionId).param("unit", item.unitId())
                    .param("recommendation", item.recommendation()).param("response", item.response()).param("position", i).update();
        }
    }
}
