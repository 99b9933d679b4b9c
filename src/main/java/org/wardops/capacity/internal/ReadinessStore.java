package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The criteria (configuration) and each unit's current score with its points per criterion. The rank is a dense
 * rank over every unit with a score, highest first: equal scores share a rank and the next score takes the next
 * number (100, 90, 90, 80 rank 1, 2, 2, 3); within a rank units are listed by name.
 */
@Repository
public class ReadinessStore {

    /** A criterion as configured. */
    public record CriterionRow(String code, String labelVi, String labelEn, String labelDe, int weight, RuleType ruleType,
                               @Nullable Integer parameter, @Nullable String dataElement) {
    }

    /** A unit's stored score and its dense rank in the city. */
    public record ScoreRow(UUID unitId, String unitName, BigDecimal score, BigDecimal max, int rank) {
    }

    private static final String RANKED = "SELECT unit_id, unit_name, score, max_points, DENSE_RANK() OVER (ORDER BY score DESC) AS rnk FROM capacity_readiness";

    private final JdbcClient jdbc;
    private final CapacityListCache lists;

    ReadinessStore(JdbcClient jdbc, CapacityListCache lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    public List<CriterionRow> criteria() {
        return jdbc.sql("SELECT code, label_vi, label_en, label_de, weight, rule_type, parameter, data_element FROM capacity_criterion WHERE active = TRUE ORDER BY position")
                .query((rs, n) -> new CriterionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        RuleType.valueOf(rs.getString(6)), (Integer) rs.getObject(7), rs.getString(8))).list();
    }

    /**
     * Announces a {@link #save} later in this transaction's commit phase ({@code beforeCommit}), where a newly
     * registered synchronization would no longer run: the capacity revision's bump is registered now instead.
     */
    public void willSave() {
        lists.changed();
    }

    /**
     * Stores a unit's score, points and this month's snapshot. The unit's score row is written first (inserted if new,
     * then updated), so its row lock orders two rescorings of the same unit (a published coverage and an import at the
     * same moment): the second waits for the first instead of both inserting.
     */
    public void save(UUID unitId, String unitName, BigDecimal score, BigDecimal max, Map<String, BigDecimal[]> points, String period, Instant now) {
        lists.changed();
        jdbc.sql("INSERT INTO capacity_readiness (unit_id, unit_name, score, max_points, computed_at) VALUES (:u, :n, :s, :m, :t) ON CONFLICT DO NOTHING")
                .param("u", unitId).param("n", unitName).param("s", score).param("m", max).param("t", StaffStore.utc(now)).update();
        jdbc.sql("UPDATE capacity_readiness SET unit_name = :n, score = :s, max_points = :m, computed_at = :t WHERE unit_id = :u")
                .param("u", unitId).param("n", unitName).param("s", score).param("m", max).param("t", StaffStore.utc(now)).update();
        jdbc.sql("DELETE FROM capacity_readiness_point WHERE unit_id = :u").param("u", unitId).update();
        for (var entry : points.entrySet()) {
            jdbc.sql("INSERT INTO capacity_readiness_point (unit_id, criterion_code, points, max_points) VALUES (:u, :c, :p, :m)")
                    .param("u", unitId).param("c", entry.getKey()).param("p", entry.getValue()[0]).param("m", entry.getValue()[1]).update();
        }
        jdbc.sql("DELETE FROM capacity_readiness_month WHERE unit_id = :u AND period = :p").param("u", unitId).param("p", period).update();
        jdbc.sql("INSERT INTO capacity_readiness_month (unit_id, period, score, max_points) VALUES (:u, :p, :s, :m)")
                .param("u", unitId).param("p", period).param("s", score).param("m", max).update();
    }

    /** Every unit with a score (every unit whose records were ever changed). */
    public List<UUID> scoredUnits() {
        return jdbc.sql("SELECT unit_id FROM capacity_readiness ORDER BY unit_id").query(UUID.class).list();
    }

    public Optional<Integer> rankOf(UUID unitId) {
        return jdbc.sql("SELECT rnk FROM (" + RANKED + ") r WHERE unit_id = :u").param("u", unitId).query(Integer.class).optional();
    }

    /** A page of the ranking, limited to the units when given (their rank stays the city rank). */
    public List<ScoreRow> ranking(@Nullable Collection<UUID> units, int size, long offset) {
        var spec = jdbc.sql("SELECT unit_id, unit_name, score, max_points, rnk FROM (" + RANKED + ") r"
                + (units == null ? "" : " WHERE unit_id IN (:units)") + " ORDER BY rnk, unit_name, unit_id LIMIT :size OFFSET :offset");
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.param("size", size).param("offset", offset)
                .query((rs, n) -> new ScoreRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5))).list();
    }

    public long count(@Nullable Collection<UUID> units) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM capacity_readiness" + (units == null ? "" : " WHERE unit_id IN (:units)"));
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query(Long.class).single();
    }

    /** Points by criterion code for each of the units, for the heat table. */
    public Map<UUID, Map<String, BigDecimal>> points(Collection<UUID> units) {
        Map<UUID, Map<String, BigDecimal>> points = new HashMap<>();
        if (units.isEmpty()) {
            return points;
        }
        jdbc.sql("SELECT unit_id, criterion_code, points FROM capacity_readiness_point WHERE unit_id IN (:units)").param("units", units)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3)}).list()
                .forEach(row -> points.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]));
        return points;
    }

    /** The unit's monthly scores, oldest first. */
    public List<Map.Entry<String, BigDecimal>> trend(UUID unitId) {
        return jdbc.sql("SELECT period, score FROM capacity_readiness_month WHERE unit_id = :u ORDER BY period").param("u", unitId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list();
    }
}
