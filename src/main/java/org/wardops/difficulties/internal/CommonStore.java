package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Common difficulties, their members, and people's verdicts on suggested groupings. */
@Repository
public class CommonStore {

    private final JdbcClient jdbc;

    CommonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CommonDifficulty common, UUID createdBy) {
        jdbc.sql("INSERT INTO difficulties_common (id, title, summary, categories, working_group_id, created_by, created_at, updated_at, version) "
                        + "VALUES (:id, :title, :summary, :categories, :group, :createdBy, :now, :now, 0)")
                .param("id", common.id()).param("title", common.title()).param("summary", common.summary())
                .param("categories", String.join(",", common.categories())).param("group", common.workingGroupId())
                .param("createdBy", createdBy).param("now", DifficultyStore.timestamp(common.createdAt()))
                .update();
    }

    /** Counts the change for optimistic locking; false when the version no longer matches. */
    public boolean touch(UUID id, long version, List<String> categories, Instant now) {
        return jdbc.sql("UPDATE difficulties_common SET categories = :categories, updated_at = :now, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).param("categories", String.join(",", categories))
                .param("now", DifficultyStore.timestamp(now)).update() == 1;
    }

    public void addMember(UUID commonId, UUID difficultyId, Instant now) {
        jdbc.sql("INSERT INTO difficulties_common_member (common_id, difficulty_id, added_at) VALUES (:common, :difficulty, :now)")
                .param("common", commonId).param("difficulty", difficultyId).param("now", DifficultyStore.timestamp(now)).update();
    }

    /** The members of each of the common difficulties, in the order they were added. */
    public java.util.Map<UUID, List<UUID>> members(Collection<UUID> commonIds) {
        java.util.Map<UUID, List<UUID>> members = new java.util.LinkedHashMap<>();
        if (commonIds.isEmpty()) {
            return members;
        }
        jdbc.sql("SELECT common_id, difficulty_id FROM difficulties_common_member WHERE common_id IN (:ids) ORDER BY added_at, difficulty_id")
                .param("ids", commonIds)
                .query((rs, row) -> java.util.Map.entry(rs.getObject("common_id", UUID.class), rs.getObject("difficulty_id", UUID.class))).list()
                .forEach(entry -> members.computeIfAbsent(entry.getKey(), id -> new java.util.ArrayList<>()).add(entry.getValue()));
        return members;
    }

    public List<UUID> members(UUID commonId) {
        return jdbc.sql("SELECT difficulty_id FROM difficulties_common_member WHERE common_id = :id ORDER BY added_at, difficulty_id")
                .param("id", commonId).query(UUID.class).list();
    }

    /** Difficulties of the list that some common difficulty already holds. */
    public List<UUID> alreadyGrouped(Collection<UUID> difficultyIds) {
        if (difficultyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT difficulty_id FROM difficulties_common_member WHERE difficulty_id IN (:ids)")
                .param("ids", difficultyIds).query(UUID.class).list();
    }

    public Optional<CommonDifficulty> find(UUID id) {
        return jdbc.sql("SELECT id, title, summary, categories, working_group_id, created_at, version FROM difficulties_common WHERE id = :id")
                .param("id", id).query(CommonStore::common).optional();
    }

    /** One page of the common difficulties, the newest first, with the total of all of them. */
    public org.wardops.shared.PageResult<CommonDifficulty> page(org.wardops.shared.PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM difficulties_common").query(Long.class).single();
        List<CommonDifficulty> items = jdbc.sql("SELECT id, title, summary, categories, working_group_id, created_at, version FROM difficulties_common "
                        + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query(CommonStore::common).list();
        return new org.wardops.shared.PageResult<>(items, page.page(), page.size(), total);
    }

    public List<CommonDifficulty> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title, summary, categories, working_group_id, created_at, version FROM difficulties_common "
                        + "WHERE id IN (:ids) ORDER BY created_at, id")
                .param("ids", ids).query(CommonStore::common).list();
    }

    public void recordDecision(String key, String decision, @Nullable UUID commonId, UUID decidedBy, Instant now) {
        jdbc.sql("INSERT INTO difficulties_suggestion_decision (suggestion_key, decision, common_id, decided_by, decided_at) "
                        + "VALUES (:key, :decision, :common, :by, :now)")
                .param("key", key).param("decision", decision).param("common", commonId).param("by", decidedBy)
                .param("now", DifficultyStore.timestamp(now)).update();
    }

    public boolean decided(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_suggestion_decision WHERE suggestion_key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }

    public List<String> decidedKeys() {
        return jdbc.sql("SELECT suggestion_key FROM difficulties_suggestion_decision").query(String.class).list();
    }

    private static CommonDifficulty common(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String categories = rs.getString("categories");
        return new CommonDifficulty(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("summary"),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")), rs.getObject("working_group_id", UUID.class),
                DifficultyStore.instant(rs, "created_at"), rs.getLong("version"));
    }
}
