package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.training.EnrolmentView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Enrolments with their attendance. The sessions that count for an enrolment (held on or after the day of
 * enrolment) and those attended are counted by subqueries of the same statement.
 */
@Repository
public class EnrolmentStore {

    private static final String COLUMNS = "e.id, e.course_id, e.session_id, e.person_id, e.unit_id, e.full_name, e.enrolled_on, e.pre_score, e.post_score, "
            + "(SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
            + "WHERE a.enrolment_id = e.id AND a.present = TRUE AND s.held_on >= e.enrolled_on), "
            + "(SELECT COUNT(*) FROM training_session s WHERE s.course_id = e.course_id AND s.held_on >= e.enrolled_on), "
            + "e.completed_on, e.certificate_code, e.certificate_expires_on, e.version FROM training_enrolment e";

    /** A completion as coverage reads it. */
    public record Completed(UUID unitId, UUID personId, String topic, LocalDate completedOn, @Nullable LocalDate expiresOn) {
    }

    /** What a certificate's public page shows, before the topic label is chosen. */
    public record Certificate(String code, String fullName, String courseTitle, String topic, LocalDate issuedOn, @Nullable LocalDate expiresOn) {
    }

    private final JdbcClient jdbc;

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EnrolmentView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE e.id = :id").param("id", id).query(EnrolmentStore::enrolment).optional();
    }

    public List<EnrolmentView> ofCourse(UUID courseId, TrainingPolicy.Visible visible) {
        var statement = jdbc.sql("SELECT " + COLUMNS + " WHERE e.course_id = :course AND " + visible.condition("e.unit_id")
                + " ORDER BY e.full_name, e.id").param("course", courseId);
        if (!visible.all() && !visible.unitIds().isEmpty()) {
            statement = statement.param("visibleUnits", visible.unitIds());
        }
        return statement.query(EnrolmentStore::enrolment).list();
    }

    public List<EnrolmentView> all(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " WHERE e.id IN (:ids)").param("ids", ids).query(EnrolmentStore::enrolment).list();
    }

    /** Of the people, those already enrolled in the course. */
    public Set<UUID> enrolled(UUID courseId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM training_enrolment WHERE course_id = :course AND person_id IN (:people)")
                .param("course", courseId).param("people", personIds).query(UUID.class).list());
    }

    public void insert(UUID id, UUID courseId, UUID sessionId, UUID personId, UUID unitId, String fullName, LocalDate enrolledOn) {
        jdbc.sql("INSERT INTO training_enrolment (id, course_id, session_id, person_id, unit_id, full_name, enrolled_on, version) "
                        + "VALUES (:id, :course, :session, :person, :unit, :name, :on, 0)")
                .param("id", id).param("course", courseId).param("session", sessionId).param("person", personId).param("unit", unitId)
                .param("name", fullName).param("on", enrolledOn).update();
    }

    public Set<UUID> present(UUID sessionId) {
        return new HashSet<>(jdbc.sql("SELECT enrolment_id FROM training_attendance WHERE session_id = :session AND present = TRUE")
                .param("session", sessionId).query(UUID.class).list());
    }

    /** Records presence; answers whether it changed what was recorded. */
    public boolean attend(UUID enrolmentId, UUID sessionId, boolean present) {
        List<Boolean> before = jdbc.sql("SELECT present FROM training_attendance WHERE enrolment_id = :e AND session_id = :s")
                .param("e", enrolmentId).param("s", sessionId).query(Boolean.class).list();
        if (!before.isEmpty() && before.getFirst() == present) {
            return false;
        }
        jdbc.sql("DELETE FROM training_attendance WHERE enrolment_id = :e AND session_id = :s").param("e", enrolmentId).param("s", sessionId).update();
        jdbc.sql("INSERT INTO training_attendance (enrolment_id, session_id, present) VALUES (:e, :s, :p)")
                .param("e", enrolmentId).param("s", sessionId).param("p", present).update();
        return !before.isEmpty() || present;
    }

    public boolean score(UUID id, @Nullable Integer pre, @Nullable Integer post, long version) {
        return jdbc.sql("UPDATE training_enrolment SET pre_score = :pre, post_score = :post, version = version + 1 WHERE id = :id AND version = :version")
                .param("pre", pre).param("post", post).param("id", id).param("version", version).update() == 1;
    }

    public void complete(UUID id, LocalDate on, String code, @Nullable LocalDate expiresOn) {
        jdbc.sql("UPDATE training_enrolment SET completed_on = :on, certificate_code = :code, certificate_expires_on = :expires, version = version + 1 "
                        + "WHERE id = :id")
                .param("on", on).param("code", code).param("expires", expiresOn).param("id", id).update();
    }

    public void withdrawCompletion(UUID id) {
        jdbc.sql("UPDATE training_enrolment SET completed_on = NULL, certificate_code = NULL, certificate_expires_on = NULL, version = version + 1 "
                + "WHERE id = :id").param("id", id).update();
    }

    public List<Completed> completions(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT e.unit_id, e.person_id, c.topic_code, e.completed_on, e.certificate_expires_on FROM training_enrolment e "
                        + "JOIN training_course c ON c.id = e.course_id WHERE e.completed_on IS NOT NULL AND e.unit_id IN (:units)")
                .param("units", unitIds)
                .query((rs, n) -> new Completed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    public Optional<Certificate> certificate(String code) {
        return jdbc.sql("SELECT e.certificate_code, e.full_name, c.title, c.topic_code, e.completed_on, e.certificate_expires_on FROM training_enrolment e "
                        + "JOIN training_course c ON c.id = e.course_id WHERE e.certificate_code = :code AND e.completed_on IS NOT NULL")
                .param("code", code)
                .query((rs, n) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .optional();
    }

    private static EnrolmentView enrolment(ResultSet rs, int n) throws SQLException {
        return new EnrolmentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, Integer.class),
                rs.getObject(9, Integer.class), rs.getInt(10), rs.getInt(11), rs.getObject(12, LocalDate.class), rs.getString(13),
                rs.getObject(14, LocalDate.class), rs.getLong(15));
    }
}
