package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pre-aggregated scores: one row per snapshot, set, period, unit and indicator, and one total per unit, with
 * the province as ancestor column so that a city ranking is one indexed read. Readers take the snapshot named by
 * the pointer row; writers (incremental refreshes and rebuilds) lock that row first, so they run one after another
 * and a rebuild's new snapshot becomes visible at once, when its transaction commits.
 */
@Repository
public class ScoreTable {

    private static final int BATCH = 1_000;

    /** The tables a rebuild or a bulk refresh fills, whose planner statistics it then refreshes. */
    public static final String[] TABLES = {"indicators_score", "indicators_total"};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ScoreTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record ScoreRow(String set, String period, UUID unitId, @Nullable UUID provinceId, String indicator, String group,
                           @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable BigDecimal rate,
                           @Nullable BigDecimal points, BigDecimal max) {
    }

    public record TotalRow(String set, String period, UUID unitId, @Nullable UUID provinceId, String unitCode, BigDecimal total,
                           BigDecimal max, int scored, int unscored) {
    }

    public record Ranked(int rank, UUID unitId, String unitCode, BigDecimal total, BigDecimal max) {
    }

    public int current() {
        return jdbc.sql("SELECT current_snapshot FROM indicators_snapshot WHERE id = 1").query(Integer.class).single();
    }

    /**
     * The current snapshot, locked until the transaction ends: every writer of scores calls this first. It counts the
     * revision up in the same statement, so readers that keep results keyed by {@link #revision()} see a new key as
     * soon as the write commits (and the old one again if it rolls back).
     */
    public int lock() {
        jdbc.sql("UPDATE indicators_snapshot SET revision = revision + 1 WHERE id = 1").update();
        return jdbc.sql("SELECT current_snapshot FROM indicators_snapshot WHERE id = 1").query(Integer.class).single();
    }

    /** The current snapshot and the revision of its content: one primary-key read. */
    public record Revision(int snapshot, long revision) {
    }

    public Revision revision() {
        return jdbc.sql("SELECT current_snapshot, revision FROM indicators_snapshot WHERE id = 1")
                .query((rs, row) -> new Revision(rs.getInt("current_snapshot"), rs.getLong("revision"))).single();
    }

    public void switchTo(int snapshot, Instant now) {
        jdbc.sql("UPDATE indicators_snapshot SET current_snapshot = :snapshot, rebuilt_at = :now WHERE id = 1")
                .param("snapshot", snapshot).param("now", Timestamp.from(now)).update();
    }

    public void dropSnapshot(int snapshot) {
        jdbc.sql("DELETE FROM indicators_score WHERE snapshot = :snapshot").param("snapshot", snapshot).update();
        jdbc.sql("DELETE FROM indicators_total WHERE snapshot = :snapshot").param("snapshot", snapshot).update();
    }

    /** Removes the rows of each named unit and period (one batch), before their fresh rows are written. */
    public void remove(int snapshot, List<Map.Entry<UUID, String>> unitPeriods) {
        List<Object[]> keys = unitPeriods.stream().map(key -> new Object[] {snapshot, key.getKey(), key.getValue()}).toList();
        batch.batchUpdate("DELETE FROM indicators_score WHERE snapshot = ? AND unit_id = ? AND period_code = ?", keys, BATCH, ScoreTable::bind);
        batch.batchUpdate("DELETE FROM indicators_total WHERE snapshot = ? AND unit_id = ? AND period_code = ?", keys, BATCH, ScoreTable::bind);
    }

    public void insert(int snapshot, List<ScoreRow> scores, List<TotalRow> totals) {
        List<Object[]> scoreArgs = new ArrayList<>(scores.size());
        for (ScoreRow s : scores) {
            scoreArgs.add(new Object[] {snapshot, s.set(), s.period(), s.unitId(), s.provinceId(), s.indicator(), s.group(), s.numerator(),
                    s.denominator(), s.rate(), s.points(), s.max()});
        }
        batch.batchUpdate("INSERT INTO indicators_score (snapshot, set_code, period_code, unit_id, province_id, indicator_code, group_code, "
                + "numerator, denominator, rate, points, max_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", scoreArgs, BATCH, ScoreTable::bind);
        List<Object[]> totalArgs = new ArrayList<>(totals.size());
        for (TotalRow t : totals) {
            totalArgs.add(new Object[] {snapshot, t.set(), t.period(), t.unitId(), t.provinceId(), t.unitCode(), t.total(), t.max(), t.scored(), t.unscored()});
        }
        batch.batchUpdate("INSERT INTO indicators_total (snapshot, set_code, period_code, unit_id, province_id, unit_code, total, max_points, "
                + "scored, unscored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", totalArgs, BATCH, ScoreTable::bind);
    }

    private static void bind(java.sql.PreparedStatement ps, Object[] values) throws java.sql.SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, i == 4 ? java.sql.Types.OTHER : java.sql.Types.NUMERIC);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }

    /** Units under the province ranked by total, dense rank (equal totals to the cent share a rank), ties by unit code. */
    public List<Ranked> ranking(int snapshot, String set, String period, UUID provinceId, long offset, int size) {
        return jdbc.sql("SELECT unit_id, unit_code, total, max_points, rnk FROM (SELECT unit_id, unit_code, total, max_points, "
                        + "DENSE_RANK() OVER (ORDER BY total DESC) AS rnk FROM indicators_total WHERE snapshot = :snapshot AND set_code = :set "
                        + "AND period_code = :period AND province_id = :province) ranked ORDER BY rnk, unit_code LIMIT :size OFFSET :offset")
                .param("snapshot", snapshot).param("set", set).param("period", period).param("province", provinceId)
                .param("size", size).param("offset", offset)
                .query((rs, row) -> new Ranked(rs.getInt("rnk"), rs.getObject("unit_id", UUID.class), rs.getString("unit_code"),
                        rs.getBigDecimal("total"), rs.getBigDecimal("max_points")))
                .list();
    }

    public long rankedCount(int snapshot, String set, String period, UUID provinceId) {
        return jdbc.sql("SELECT COUNT(*) FROM indicators_total WHERE snapshot = :snapshot AND set_code = :set AND period_code = :period "
                        + "AND province_id = :province")
                .param("snapshot", snapshot).param("set", set).param("period", period).param("province", provinceId)
                .query(Long.class).single();
    }

    /** The rank of one unit among the units of its province (null when it has no total). */
    public @Nullable Integer rankOf(int snapshot, String set, String period, UUID provinceId, UUID unitId) {
        return jdbc.sql("SELECT rnk FROM (SELECT unit_id, DENSE_RANK() OVER (ORDER BY total DESC) AS rnk FROM indicators_total "
                        + "WHERE snapshot = :snapshot AND set_code = :set AND period_code = :period AND province_id = :province) ranked WHERE unit_id = :unit")
                .param("snapshot", snapshot).param("set", set).param("period", period).param("province", provinceId).param("unit", unitId)
                .query(Integer.class).optional().orElse(null);
    }

    public Map<UUID, BigDecimal> totals(int snapshot, String set, String period, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT unit_id, total FROM indicators_total WHERE snapshot = :snapshot AND set_code = :set AND period_code = :period "
                        + "AND unit_id IN (:units)")
                .param("snapshot", snapshot).param("set", set).param("period", period).param("units", List.copyOf(unitIds))
                .query((rs, row) -> Map.entry(rs.getObject("unit_id", UUID.class), rs.getBigDecimal("total"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The scored indicators of the named units in one set and period (one indexed read): what dashboards show per unit. */
    public List<ScoreRow> scoresOf(int snapshot, String set, String period, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT set_code, period_code, unit_id, province_id, indicator_code, group_code, numerator, denominator, rate, points, max_points "
                        + "FROM indicators_score WHERE snapshot = :snapshot AND set_code = :set AND period_code = :period AND unit_id IN (:units) "
                        + "ORDER BY unit_id, indicator_code")
                .param("snapshot", snapshot).param("set", set).param("period", period).param("units", List.copyOf(unitIds))
                .query((rs, row) -> new ScoreRow(rs.getString("set_code"), rs.getString("period_code"), rs.getObject("unit_id", UUID.class),
                        rs.getObject("province_id", UUID.class), rs.getString("indicator_code"), rs.getString("group_code"),
                        rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("rate"), rs.getBigDecimal("points"),
                        rs.getBigDecimal("max_points")))
                .list();
    }

    /** The newest month that has totals in the set. */
    public @Nullable String latestMonth(int snapshot, String set) {
        return jdbc.sql("SELECT MAX(period_code) FROM indicators_total WHERE snapshot = :snapshot AND set_code = :set AND period_code LIKE '____-__' "
                        + "AND period_code NOT LIKE '%Q%'")
                .param("snapshot", snapshot).param("set", set).query(String.class).optional().orElse(null);
    }

    /** Every row of a snapshot, for comparing an incrementally kept table with a rebuilt one. */
    public List<ScoreRow> scores(int snapshot) {
        return jdbc.sql("SELECT set_code, period_code, unit_id, province_id, indicator_code, group_code, numerator, denominator, rate, points, max_points "
                        + "FROM indicators_score WHERE snapshot = :snapshot ORDER BY set_code, period_code, unit_id, indicator_code")
                .param("snapshot", snapshot)
                .query((rs, row) -> new ScoreRow(rs.getString("set_code"), rs.getString("period_code"), rs.getObject("unit_id", UUID.class),
                        rs.getObject("province_id", UUID.class), rs.getString("indicator_code"), rs.getString("group_code"),
                        rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("rate"), rs.getBigDecimal("points"),
                        rs.getBigDecimal("max_points")))
                .list();
    }

    public List<TotalRow> totals(int snapshot) {
        return jdbc.sql("SELECT set_code, period_code, unit_id, province_id, unit_code, total, max_points, scored, unscored FROM indicators_total "
                        + "WHERE snapshot = :snapshot ORDER BY set_code, period_code, unit_id")
                .param("snapshot", snapshot)
                .query((rs, row) -> new TotalRow(rs.getString("set_code"), rs.getString("period_code"), rs.getObject("unit_id", UUID.class),
                        rs.getObject("province_id", UUID.class), rs.getString("unit_code"), rs.getBigDecimal("total"), rs.getBigDecimal("max_points"),
                        rs.getInt("scored"), rs.getInt("unscored")))
                .list();
    }
}
