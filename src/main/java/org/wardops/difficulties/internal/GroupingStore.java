package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The grouping's data: the thesaurus entries, the revision that tells every instance its analyzer is stale, the
 * labelled pairs from people's decisions, and the tuning runs.
 */
@Repository
public class GroupingStore {

    /** Terms are stored joined by this (a character no term holds: the page splits at it too). */
    static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;

    GroupingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- thesaurus ------------------------------------------------------------------------------------------------

    public List<ThesaurusEntry> thesaurus() {
        return jdbc.sql("SELECT id, terms, topic, weight, sort_order, updated_at, version FROM difficulties_thesaurus_entry ORDER BY sort_order, id")
                .query(GroupingStore::entry).list();
    }

    public Optional<ThesaurusEntry> entry(UUID id) {
        return jdbc.sql("SELECT id, terms, topic, weight, sort_order, updated_at, version FROM difficulties_thesaurus_entry WHERE id = :id")
                .param("id", id).query(GroupingStore::entry).optional();
    }

    public int nextPosition() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM difficulties_thesaurus_entry").query(Integer.class).single();
    }

    public void insert(ThesaurusEntry entry) {
        jdbc.sql("INSERT INTO difficulties_thesaurus_entry (id, concept, terms, topic, weight, sort_order, updated_at, version) "
                        + "VALUES (:id, :concept, :terms, :topic, :weight, :position, :now, 0)")
                .param("id", entry.id()).param("concept", entry.concept()).param("terms", String.join(SEPARATOR, entry.terms()))
                .param("topic", entry.topic()).param("weight", entry.weight()).param("position", entry.position())
                .param("now", DifficultyStore.timestamp(entry.updatedAt())).update();
    }

    /** False when the version no longer matches (someone changed or removed the entry since). */
    public boolean update(ThesaurusEntry entry) {
        return jdbc.sql("UPDATE difficulties_thesaurus_entry SET concept = :concept, terms = :terms, topic = :topic, weight = :weight, "
                        + "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", entry.id()).param("concept", entry.concept()).param("terms", String.join(SEPARATOR, entry.terms()))
                .param("topic", entry.topic()).param("weight", entry.weight()).param("version", entry.version())
                .param("now", DifficultyStore.timestamp(entry.updatedAt())).update() == 1;
    }

    public boolean delete(UUID id, long version) {
        return jdbc.sql("DELETE FROM difficulties_thesaurus_entry WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    /** Marks the thesaurus as seeded from the bundled file; false when another start already did. */
    public boolean markSeeded() {
        return jdbc.sql("INSERT INTO difficulties_grouping_state (name, counter) SELECT 'thesaurus.seeded', 1 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM difficulties_grouping_state WHERE name = 'thesaurus.seeded')")
                .update() == 1;
    }

    public boolean seeded() {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_grouping_state WHERE name = 'thesaurus.seeded'").query(Long.class).single() > 0;
    }

    /** The revision of the grouping's data (thesaurus and tuned settings); every change counts it up. */
    public long revision() {
        return jdbc.sql("SELECT counter FROM difficulties_grouping_state WHERE name = 'revision'").query(Long.class).single();
    }

    public void countRevision() {
        jdbc.sql("UPDATE difficulties_grouping_state SET counter = counter + 1 WHERE name = 'revision'").update();
    }

    private static ThesaurusEntry entry(ResultSet rs, int row) throws SQLException {
        double weight = rs.getDouble("weight");
        return new ThesaurusEntry(rs.getObject("id", UUID.class), Arrays.asList(rs.getString("terms").split(SEPARATOR)), rs.getString("topic"),
                rs.wasNull() ? null : weight, rs.getInt("sort_order"), DifficultyStore.instant(rs, "updated_at"), rs.getLong("version"));
    }

    // --- labelled pairs -------------------------------------------------------------------------------------------

    /** A pair of difficulties a person judged the same or not; {@code a} sorts before {@code b}. */
    public record LabelledPair(UUID a, UUID b, boolean same) {

        public static LabelledPair of(UUID one, UUID other, boolean same) {
            return one.compareTo(other) < 0 ? new LabelledPair(one, other, same) : new LabelledPair(other, one, same);
        }
    }

    /** Stores the pairs; a later decision on a pair replaces the earlier. */
    public void label(List<LabelledPair> pairs, String source, UUID decidedBy, Instant now) {
        for (LabelledPair pair : pairs) {
            jdbc.sql("DELETE FROM difficulties_grouping_pair WHERE difficulty_a = :a AND difficulty_b = :b")
                    .param("a", pair.a()).param("b", pair.b()).update();
            jdbc.sql("INSERT INTO difficulties_grouping_pair (difficulty_a, difficulty_b, same, source, decided_by, decided_at) "
                            + "VALUES (:a, :b, :same, :source, :by, :now)")
                    .param("a", pair.a()).param("b", pair.b()).param("same", pair.same()).param("source", source)
                    .param("by", decidedBy).param("now", DifficultyStore.timestamp(now)).update();
        }
    }

    /** The newest labelled pairs, at most {@code limit}. */
    public List<LabelledPair> pairs(int limit) {
        return jdbc.sql("SELECT difficulty_a, difficulty_b, same FROM difficulties_grouping_pair ORDER BY decided_at DESC, difficulty_a, difficulty_b LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new LabelledPair(rs.getObject("difficulty_a", UUID.class), rs.getObject("difficulty_b", UUID.class), rs.getBoolean("same")))
                .list();
    }

    /** How many pairs are labelled the same and how many not. */
    public long[] pairCounts() {
        long same = jdbc.sql("SELECT COUNT(*) FROM difficulties_grouping_pair WHERE same = TRUE").query(Long.class).single();
        long all = jdbc.sql("SELECT COUNT(*) FROM difficulties_grouping_pair").query(Long.class).single();
        return new long[] {same, all - same};
    }

    // --- tuning runs ----------------------------------------------------------------------------------------------

    /** One tuning run: what it chose (the defaults unless it tuned), on how many pairs, and the fit on those pairs. */
    public record TuningRow(UUID id, Instant at, UUID by, String outcome, int pairs, int samePairs, double threshold, FieldWeights weights,
                            @Nullable Double precision, @Nullable Double recall, @Nullable Double defaultPrecision, @Nullable Double defaultRecall,
                            long millis) {
    }

    public void insert(TuningRow run) {
        jdbc.sql("INSERT INTO difficulties_grouping_tuning (id, tuned_at, tuned_by, outcome, pairs, same_pairs, threshold, title_weight, "
                        + "description_weight, recommendation_weight, pair_precision, pair_recall, default_precision, default_recall, millis) "
                        + "VALUES (:id, :at, :by, :outcome, :pairs, :same, :threshold, :title, :description, :recommendation, :precision, :recall, "
                        + ":defaultPrecision, :defaultRecall, :millis)")
                .param("id", run.id()).param("at", DifficultyStore.timestamp(run.at())).param("by", run.by()).param("outcome", run.outcome())
                .param("pairs", run.pairs()).param("same", run.samePairs()).param("threshold", run.threshold())
                .param("title", run.weights().title()).param("description", run.weights().description())
                .param("recommendation", run.weights().recommendation()).param("precision", run.precision()).param("recall", run.recall())
                .param("defaultPrecision", run.defaultPrecision()).param("defaultRecall", run.defaultRecall()).param("millis", run.millis())
                .update();
    }

    public Optional<TuningRow> latestRun() {
        return jdbc.sql("SELECT * FROM difficulties_grouping_tuning ORDER BY tuned_at DESC, id DESC LIMIT 1").query(GroupingStore::run).optional();
    }

    private static TuningRow run(ResultSet rs, int row) throws SQLException {
        return new TuningRow(rs.getObject("id", UUID.class), DifficultyStore.instant(rs, "tuned_at"), rs.getObject("tuned_by", UUID.class),
                rs.getString("outcome"), rs.getInt("pairs"), rs.getInt("same_pairs"), rs.getDouble("threshold"),
                new FieldWeights(rs.getDouble("title_weight"), rs.getDouble("description_weight"), rs.getDouble("recommendation_weight")),
                nullable(rs, "pair_precision"), nullable(rs, "pair_recall"), nullable(rs, "default_precision"), nullable(rs, "default_recall"),
                rs.getLong("millis"));
    }

    private static @Nullable Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
