package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.training.CourseView;
import org.wardops.training.SessionView;
import org.wardops.training.TrainingMode;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalogue (topics, targets, completion rules), courses and sessions. Sessions and counts are read after the
 * courses' result set is closed, in one query each for all the courses of a page.
 */
@Repository
public class CourseStore {

    private static final String COURSE = "c.id, c.topic_code, c.title, c.hours, c.mode, c.rule_code, r.min_attendance_percent, r.min_post_score, "
            + "c.organiser, c.created_at, c.version FROM training_course c JOIN training_rule r ON r.code = c.rule_code";

    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Topic> topics() {
        return jdbc.sql("SELECT t.code, t.label_vi, t.label_en, t.label_de, t.counts_for, t.register_standard, t.valid_months, g.target_percent, g.due_on "
                        + "FROM training_topic t LEFT JOIN training_target g ON g.topic_code = t.code ORDER BY t.sort_order, t.code")
                .query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                        rs.getObject(7, Integer.class), rs.getObject(8, Integer.class), rs.getObject(9, LocalDate.class)))
                .list();
    }

    public boolean ruleExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM training_rule WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public List<CourseView> courses(@Nullable String topic, int offset, int limit, Function<String, String> labels) {
        var statement = jdbc.sql("SELECT " + COURSE + " WHERE " + topicCondition(topic) + " ORDER BY c.created_at DESC, c.id LIMIT :limit OFFSET :offset");
        List<Row> rows = (topic == null ? statement : statement.param("topic", topic)).param("limit", limit).param("offset", offset).query(CourseStore::row).list();
        return complete(rows, labels);
    }

    public long count(@Nullable String topic) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM training_course c WHERE " + topicCondition(topic));
        return (topic == null ? statement : statement.param("topic", topic)).query(Long.class).single();
    }

    public Optional<CourseView> course(UUID id, Function<String, String> labels) {
        return complete(jdbc.sql("SELECT " + COURSE + " WHERE c.id = :id").param("id", id).query(CourseStore::row).list(), labels)
                .stream().findFirst();
    }

    /** Courses with a session on or after the day, of one topic or all: what a request may be accepted into. */
    public List<CourseView> coursesWithSessionsFrom(LocalDate day, @Nullable String topic, Function<String, String> labels) {
        var statement = jdbc.sql("SELECT " + COURSE + " WHERE " + topicCondition(topic)
                + " AND c.id IN (SELECT course_id FROM training_session WHERE held_on >= :day) ORDER BY c.created_at DESC, c.id LIMIT 200");
        return complete((topic == null ? statement : statement.param("topic", topic)).param("day", day).query(CourseStore::row).list(), labels);
    }

    public Optional<SessionView> session(UUID id) {
        return jdbc.sql("SELECT s.id, s.course_id, s.held_on, s.place, s.link, s.trainer, s.capacity, "
                        + "(SELECT COUNT(*) FROM training_enrolment e WHERE e.session_id = s.id) FROM training_session s WHERE s.id = :id")
                .param("id", id).query(CourseStore::session).optional();
    }

    public void insertCourse(UUID id, String topic, String title, BigDecimal hours, TrainingMode mode, String rule, String organiser, Instant now) {
        jdbc.sql("INSERT INTO training_course (id, topic_code, title, hours, mode, rule_code, organiser, created_at, version) "
                        + "VALUES (:id, :topic, :title, :hours, :mode, :rule, :organiser, :at, 0)")
                .param("id", id).param("topic", topic).param("title", title).param("hours", hours).param("mode", mode.name()).param("rule", rule)
                .param("organiser", organiser).param("at", now.atOffset(ZoneOffset.UTC)).update();
    }

    public void insertSession(SessionView session) {
        jdbc.sql("INSERT INTO training_session (id, course_id, held_on, place, link, trainer, capacity) "
                        + "VALUES (:id, :course, :day, :place, :link, :trainer, :capacity)")
                .param("id", session.id()).param("course", session.courseId()).param("day", session.heldOn()).param("place", session.place())
                .param("link", session.link()).param("trainer", session.trainer()).param("capacity", session.capacity()).update();
    }

    private static String topicCondition(@Nullable String topic) {
        return topic == null ? "1 = 1" : "c.topic_code = :topic";
    }

    private List<CourseView> complete(List<Row> rows, Function<String, String> labels) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<SessionView>> sessions = new HashMap<>();
        jdbc.sql("SELECT s.id, s.course_id, s.held_on, s.place, s.link, s.trainer, s.capacity, "
                        + "(SELECT COUNT(*) FROM training_enrolment e WHERE e.session_id = s.id) FROM training_session s "
                        + "WHERE s.course_id IN (:ids) ORDER BY s.held_on, s.id")
                .param("ids", ids).query(CourseStore::session).list()
                .forEach(s -> sessions.computeIfAbsent(s.courseId(), k -> new ArrayList<>()).add(s));
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT course_id, COUNT(*), COUNT(completed_on) FROM training_enrolment WHERE course_id IN (:ids) GROUP BY course_id")
                .param("ids", ids).query((rs, n) -> counts.put(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        Map<UUID, CourseView> result = new LinkedHashMap<>();
        for (Row row : rows) {
            int[] count = counts.getOrDefault(row.id(), new int[2]);
            result.put(row.id(), new CourseView(row.id(), row.topic(), labels.apply(row.topic()), row.title(), row.hours(), row.mode(), row.rule(),
                    row.minAttendance(), row.minPost(), row.organiser(), row.createdAt(), sessions.getOrDefault(row.id(), List.of()), count[0], count[1],
                    row.version()));
        }
        return List.copyOf(result.values());
    }

    private record Row(UUID id, String topic, String title, BigDecimal hours, TrainingMode mode, String rule, int minAttendance, int minPost,
                       String organiser, Instant createdAt, long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), TrainingMode.valueOf(rs.getString(5)),
                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getLong(11));
    }

    private static SessionView session(ResultSet rs, int n) throws SQLException {
        return new SessionView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8));
    }
}
