package org.wardops.practices.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.practices.PracticeAttachment;
import org.wardops.practices.PracticeAttachmentContent;
import org.wardops.practices.PracticeState;
import org.wardops.practices.PracticeView;
import org.wardops.practices.Topic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Practices and adoptions; adoptions are read in one batched query after the practices' result set is closed. */
@Repository
public class PracticeStore {

    private static final String COLUMNS = "id, unit_id, title, topic, problem, actions_taken, results, indicator_code, baseline, replication, "
            + "cost, contact, state, decision_reason, decided_by, published_at, version";

    private static final String ATTACHMENT_COLUMNS = "id, practice_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    PracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PracticeView> find(UUID id) {
        return withAdoptions(jdbc.sql("SELECT " + COLUMNS + " FROM practices_practice WHERE id = :id").param("id", id)
                .query(PracticeStore::practice).list()).stream().findFirst();
    }

    public List<PracticeView> search(String visible, @Nullable Topic topic, @Nullable String text, int offset, int limit) {
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM practices_practice WHERE " + visible + " AND " + where(topic, text)
                + " ORDER BY published_at DESC, id LIMIT :limit OFFSET :offset");
        return withAdoptions(bind(statement, topic, text).param("limit", limit).param("offset", offset).query(PracticeStore::practice).list());
    }

    public long count(String visible, @Nullable Topic topic, @Nullable String text) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM practices_practice WHERE " + visible + " AND " + where(topic, text)), topic, text)
                .query(Long.class).single();
    }

    public void insert(PracticeView practice) {
        jdbc.sql("INSERT INTO practices_practice (" + COLUMNS + ") VALUES (:id, :unit, :title, :topic, :problem, :actions, :results, :indicator, "
                        + ":baseline, :replication, :cost, :contact, :state, NULL, NULL, :at, 0)")
                .param("id", practice.id()).param("unit", practice.unitId()).param("title", practice.title()).param("topic", practice.topic().name())
                .param("problem", practice.problem()).param("actions", practice.actions()).param("results", practice.results())
                .param("indicator", practice.indicatorCode()).param("baseline", practice.baseline()).param("replication", practice.replication())
                .param("cost", practice.cost()).param("contact", practice.contact()).param("state", practice.state().name())
                .param("at", practice.publishedAt().atOffset(ZoneOffset.UTC)).update();
    }

    /** Writes the decision if the practice is still at the version read. */
    public boolean decide(PracticeView practice) {
        return jdbc.sql("UPDATE practices_practice SET state = :state, decision_reason = :reason, decided_by = :by, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("state", practice.state().name()).param("reason", practice.decisionReason()).param("by", practice.decidedBy())
                .param("id", practice.id()).param("version", practice.version()).update() == 1;
    }

    public void insertAdoption(PracticeView.AdoptionView adoption, Instant now) {
        jdbc.sql("INSERT INTO practices_adoption (id, practice_id, unit_id, planned_start, adopted_at) VALUES (:id, :practice, :unit, :start, :at)")
                .param("id", adoption.id()).param("practice", adoption.practiceId()).param("unit", adoption.unitId())
                .param("start", adoption.plannedStart()).param("at", now.atOffset(ZoneOffset.UTC)).update();
    }

    public Optional<PracticeView.AdoptionView> adoption(UUID id) {
        return jdbc.sql("SELECT id, practice_id, unit_id, planned_start, result_value, result_text, reported_on FROM practices_adoption WHERE id = :id")
                .param("id", id).query(PracticeStore::adoption).optional();
    }

    /** Records the result unless one was reported meanwhile. */
    public boolean reportResult(PracticeView.AdoptionView adoption) {
        return jdbc.sql("UPDATE practices_adoption SET result_value = :value, result_text = :text, reported_on = :on WHERE id = :id AND reported_on IS NULL")
                .param("value", adoption.resultValue()).param("text", adoption.resultText()).param("on", adoption.reportedOn())
                .param("id", adoption.id()).update() == 1;
    }

    private static String where(@Nullable Topic topic, @Nullable String text) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (topic != null) {
            where.append(" AND topic = :topic");
        }
        if (text != null) {
            where.append(" AND (LOWER(title) LIKE :text OR LOWER(problem) LIKE :text)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable Topic topic, @Nullable String text) {
        if (topic != null) {
            statement = statement.param("topic", topic.name());
        }
        if (text != null) {
            String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            statement = statement.param("text", "%" + escaped + "%");
        }
        return statement;
    }

    // ---- attachments

    public void insertAttachment(PracticeAttachment attachment, byte[] content) {
        jdbc.sql("INSERT INTO practices_attachment (id, practice_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) "
                        + "VALUES (:id, :practice, :name, :type, :size, :sha, :content, :by, :at)")
                .param("id", attachment.id()).param("practice", attachment.practiceId()).param("name", attachment.fileName())
                .param("type", attachment.contentType()).param("size", attachment.size()).param("sha", attachment.sha256())
                .param("content", content).param("by", attachment.uploadedBy())
                .param("at", OffsetDateTime.ofInstant(attachment.uploadedAt(), ZoneOffset.UTC)).update();
    }

    public List<PracticeAttachment> attachments(UUID practiceId) {
        return jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + " FROM practices_attachment WHERE practice_id = :practice ORDER BY uploaded_at, file_name")
                .param("practice", practiceId).query(PracticeStore::attachment).list();
    }

    public int attachmentCount(UUID practiceId) {
        return jdbc.sql("SELECT COUNT(*) FROM practices_attachment WHERE practice_id = :practice").param("practice", practiceId)
                .query(Integer.class).single();
    }

    public Optional<PracticeAttachmentContent> attachment(UUID practiceId, UUID id) {
        return jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + ", content FROM practices_attachment WHERE id = :id AND practice_id = :practice")
                .param("id", id).param("practice", practiceId)
                .query((rs, row) -> new PracticeAttachmentContent(attachment(rs, row), rs.getBytes("content"))).optional();
    }

    private static PracticeAttachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PracticeAttachment(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    // ---- result reminders

    /** An adoption whose result is due (planned start on or before the day given), not reported and not reminded yet. */
    public record DueAdoption(UUID adoptionId, UUID practiceId, UUID unitId, String title, LocalDate plannedStart) {
    }

    public List<DueAdoption> dueAdoptions(LocalDate startedOnOrBefore, int limit) {
        return jdbc.sql("SELECT a.id, a.practice_id, a.unit_id, a.planned_start, p.title FROM practices_adoption a "
                        + "JOIN practices_practice p ON p.id = a.practice_id WHERE a.reported_on IS NULL AND a.reminded_on IS NULL "
                        + "AND a.planned_start <= :day ORDER BY a.planned_start, a.id LIMIT :limit")
                .param("day", startedOnOrBefore).param("limit", limit)
                .query((rs, row) -> new DueAdoption(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                        rs.getObject("unit_id", UUID.class), rs.getString("title"), rs.getObject("planned_start", LocalDate.class)))
                .list();
    }

    /** Claims the reminder of one adoption: false when another run claimed it (or the result came in) first. */
    public boolean markReminded(UUID adoptionId, LocalDate on) {
        return jdbc.sql("UPDATE practices_adoption SET reminded_on = :on WHERE id = :id AND reminded_on IS NULL AND reported_on IS NULL")
                .param("id", adoptionId).param("on", on).update() == 1;
    }

    public Optional<LocalDate> remindedOn(UUID adoptionId) {
        return jdbc.sql("SELECT reminded_on FROM practices_adoption WHERE id = :id").param("id", adoptionId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("reminded_on", LocalDate.class))).optional().flatMap(o -> o);
    }

    private List<PracticeView> withAdoptions(List<PracticeView> practices) {
        if (practices.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PracticeView.AdoptionView>> adoptions = new LinkedHashMap<>();
        practices.forEach(practice -> adoptions.put(practice.id(), new ArrayList<>()));
        jdbc.sql("SELECT id, practice_id, unit_id, planned_start, result_value, result_text, reported_on FROM practices_adoption "
                        + "WHERE practice_id IN (:ids) ORDER BY planned_start, id")
                .param("ids", adoptions.keySet()).query(PracticeStore::adoption).list()
                .forEach(adoption -> adoptions.get(adoption.practiceId()).add(adoption));
        return practices.stream().map(practice -> new PracticeView(practice.id(), practice.unitId(), practice.title(), practice.topic(),
                practice.problem(), practice.actions(), practice.results(), practice.indicatorCode(), practice.baseline(), practice.replication(),
                practice.cost(), practice.contact(), practice.state(), practice.decisionReason(), practice.decidedBy(), practice.publishedAt(),
                adoptions.get(practice.id()), practice.version())).toList();
    }

    private static PracticeView practice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PracticeView(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("title"),
                Topic.valueOf(rs.getString("topic")), rs.getString("problem"), rs.getString("actions_taken"), rs.getString("results"),
                rs.getString("indicator_code"), rs.getBigDecimal("baseline").stripTrailingZeros(), rs.getString("replication"), rs.getString("cost"),
                rs.getString("contact"), PracticeState.valueOf(rs.getString("state")), rs.getString("decision_reason"),
                rs.getObject("decided_by", UUID.class), rs.getObject("published_at", OffsetDateTime.class).toInstant(), List.of(),
                rs.getLong("version"));
    }

    private static PracticeView.AdoptionView adoption(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        BigDecimal value = rs.getBigDecimal("result_value");
        return new PracticeView.AdoptionView(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getObject("planned_start", LocalDate.class), value == null ? null : value.stripTrailingZeros(),
                rs.getString("result_text"), rs.getObject("reported_on", LocalDate.class));
    }
}
