package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.CategoryView;
import org.wardops.difficulties.Cosigner;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.EntryKind;
import org.wardops.difficulties.Severity;
import org.wardops.shared.text.SearchText;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Difficulties, their threads and co-signatures, and the category taxonomy, in SQL that runs on H2 and PostgreSQL. */
@Repository
public class DifficultyStore {

    static final String COLUMNS = "id, unit_id, unit_name, title, description, recommendation, category, severity, addressee_type, "
            + "addressee_unit_id, addressee_name, source, source_ref, source_id, confidential, state, assignee, submitted_on, due_date, answered_on, "
            + "created_by, created_at, version";
    /** Stands in for an empty id list: IN () is not valid SQL. */
    private static final UUID NO_ID = new UUID(0L, 0L);

    /** A stored thread entry. */
    public record Entry(UUID id, UUID difficultyId, EntryKind kind, String text, UUID authorId, String authorName, String authorRole,
                        @Nullable String authorUnit, Instant createdAt, @Nullable Instant editedAt, long version) {
    }

    private final JdbcClient jdbc;

    DifficultyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CategoryView> categories() {
        return jdbc.sql("SELECT code, label_vi, label_en, label_de, answer_days FROM difficulties_category WHERE active = TRUE ORDER BY position")
                .query((rs, row) -> new CategoryView(rs.getString("code"),
                        Map.of("vi", rs.getString("label_vi"), "en", rs.getString("label_en"), "de", rs.getString("label_de")),
                        rs.getInt("answer_days")))
                .list();
    }

    public Optional<Difficulty> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty WHERE id = :id").param("id", id)
                .query(DifficultyStore::difficulty).optional();
    }

    public void insert(Difficulty difficulty, Instant now) {
        jdbc.sql("INSERT INTO difficulties_difficulty (" + COLUMNS + ", search_key, updated_at) VALUES (:id, :unitId, :unitName, :title, "
                        + ":description, :recommendation, :category, :severity, :addresseeType, :addresseeUnitId, :addresseeName, :source, "
                        + ":sourceRef, :sourceId, :confidential, :state, :assignee, :submittedOn, :dueDate, :answeredOn, :createdBy, :createdAt, 0, "
                        + ":searchKey, :now)")
                .params(parameters(difficulty))
                .param("createdBy", difficulty.createdBy())
                .param("createdAt", timestamp(difficulty.createdAt()))
                .param("now", timestamp(now))
                .update();
    }

    /** Writes the changed difficulty; false when its version no longer matches (someone changed it meanwhile). */
    public boolean update(Difficulty difficulty, Instant now) {
        return jdbc.sql("UPDATE difficulties_difficulty SET title = :title, description = :description, recommendation = :recommendation, "
                        + "category = :category, severity = :severity, addressee_type = :addresseeType, addressee_unit_id = :addresseeUnitId, "
                        + "addressee_name = :addresseeName, source = :source, source_ref = :sourceRef, source_id = :sourceId, confidential = :confidential, "
                        + "state = :state, assignee = :assignee, submitted_on = :submittedOn, due_date = :dueDate, answered_on = :answeredOn, "
                        + "search_key = :searchKey, updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .params(parameters(difficulty))
                .param("version", difficulty.version())
                .param("now", timestamp(now))
                .update() == 1;
    }

    private static Map<String, Object> parameters(Difficulty difficulty) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", difficulty.id());
        params.put("unitId", difficulty.unitId());
        params.put("unitName", difficulty.unitName());
        params.put("title", difficulty.title());
        params.put("description", difficulty.description());
        params.put("recommendation", difficulty.recommendation());
        params.put("category", difficulty.category());
        params.put("severity", difficulty.severity().name());
        params.put("addresseeType", difficulty.addressee().type().name());
        params.put("addresseeUnitId", difficulty.addressee().unitId());
        params.put("addresseeName", difficulty.addresseeName());
        params.put("source", difficulty.source().name());
        params.put("sourceRef", difficulty.sourceRef());
        params.put("sourceId", difficulty.sourceId());
        params.put("confidential", difficulty.confidential());
        params.put("state", difficulty.state().name());
        params.put("assignee", difficulty.assignee());
        params.put("submittedOn", date(difficulty.submittedOn()));
        params.put("dueDate", date(difficulty.dueDate()));
        params.put("answeredOn", date(difficulty.answeredOn()));
        String searchKey = SearchText.fold(difficulty.title() + " " + difficulty.description() + " " + difficulty.recommendation());
        params.put("searchKey", searchKey.length() > 9000 ? searchKey.substring(0, 9000) : searchKey);
        return params;
    }

    public List<Difficulty> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty WHERE id IN (:ids) ORDER BY unit_name, created_at")
                .param("ids", ids).query(DifficultyStore::difficulty).list();
    }

    static Collection<UUID> ids(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(NO_ID) : ids;
    }

    public void insertEntry(Entry entry) {
        jdbc.sql("INSERT INTO difficulties_entry (id, difficulty_id, kind, text, author_id, author_name, author_role, author_unit, created_at, "
                        + "edited_at, version) VALUES (:id, :difficultyId, :kind, :text, :authorId, :authorName, :authorRole, :authorUnit, "
                        + ":createdAt, NULL, 0)")
                .param("id", entry.id())
                .param("difficultyId", entry.difficultyId())
                .param("kind", entry.kind().name())
                .param("text", entry.text())
                .param("authorId", entry.authorId())
                .param("authorName", entry.authorName())
                .param("authorRole", entry.authorRole())
                .param("authorUnit", entry.authorUnit())
                .param("createdAt", timestamp(entry.createdAt()))
                .update();
    }

    public boolean updateEntryText(UUID id, long version, String text, Instant now) {
        return jdbc.sql("UPDATE difficulties_entry SET text = :text, edited_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).param("text", text).param("now", timestamp(now)).update() == 1;
    }

    public List<Entry> entries(UUID difficultyId) {
        return jdbc.sql("SELECT id, difficulty_id, kind, text, author_id, author_name, author_role, author_unit, created_at, edited_at, version "
                        + "FROM difficulties_entry WHERE difficulty_id = :id ORDER BY created_at, id")
                .param("id", difficultyId).query(DifficultyStore::entry).list();
    }

    public Optional<Entry> entry(UUID id) {
        return jdbc.sql("SELECT id, difficulty_id, kind, text, author_id, author_name, author_role, author_unit, created_at, edited_at, version "
                        + "FROM difficulties_entry WHERE id = :id")
                .param("id", id).query(DifficultyStore::entry).optional();
    }

    public void insertCosign(UUID difficultyId, Cosigner cosigner, UUID signedBy) {
        jdbc.sql("INSERT INTO difficulties_cosign (difficulty_id, unit_id, unit_name, detail, signed_by, signed_at) "
                        + "VALUES (:difficultyId, :unitId, :unitName, :detail, :signedBy, :signedAt)")
                .param("difficultyId", difficultyId)
                .param("unitId", cosigner.unitId())
                .param("unitName", cosigner.unitName())
                .param("detail", cosigner.detail())
                .param("signedBy", signedBy)
                .param("signedAt", timestamp(cosigner.signedAt()))
                .update();
    }

    /** Co-signers by difficulty, for the given difficulties. */
    public Map<UUID, List<Cosigner>> cosigners(Collection<UUID> difficultyIds) {
        Map<UUID, List<Cosigner>> result = new LinkedHashMap<>();
        if (difficultyIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT difficulty_id, unit_id, unit_name, detail, signed_at FROM difficulties_cosign WHERE difficulty_id IN (:ids) "
                        + "ORDER BY signed_at, unit_id")
                .param("ids", difficultyIds)
                .query((rs, row) -> {
                    result.computeIfAbsent(rs.getObject("difficulty_id", UUID.class), id -> new ArrayList<>())
                            .add(new Cosigner(rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getString("detail"),
                                    instant(rs, "signed_at")));
                    return null;
                }).list();
        return result;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty").query(Long.class).single();
    }

    static Difficulty difficulty(ResultSet rs, int row) throws SQLException {
        return new Difficulty(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("recommendation"),
                rs.getString("category"),
                Severity.valueOf(rs.getString("severity")),
                new Addressee(AddresseeType.valueOf(rs.getString("addressee_type")), rs.getObject("addressee_unit_id", UUID.class)),
                rs.getString("addressee_name"),
                DifficultySource.valueOf(rs.getString("source")),
                rs.getString("source_ref"),
                rs.getObject("source_id", UUID.class),
                rs.getBoolean("confidential"),
                DifficultyState.valueOf(rs.getString("state")),
                rs.getString("assignee"),
                localDate(rs, "submitted_on"),
                localDate(rs, "due_date"),
                localDate(rs, "answered_on"),
                rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    public static DifficultyView view(Difficulty d, List<Cosigner> cosigners, LocalDate today) {
        return new DifficultyView(d.id(), d.unitId(), d.unitName(), d.title(), d.description(), d.category(), d.severity(), d.recommendation(),
                d.addressee(), d.addresseeName(), d.state(), d.dueDate(), d.isOverdue(today), d.version(), cosigners, d.confidential(),
                d.source(), d.sourceRef(), d.sourceId(), d.assignee(), d.submittedOn(), d.answeredOn(), d.createdAt());
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("difficulty_id", UUID.class), EntryKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("author_role"),
                rs.getString("author_unit"), instant(rs, "created_at"), rs.getObject("edited_at") == null ? null : instant(rs, "edited_at"),
                rs.getLong("version"));
    }

    static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
