package org.wardops.indicators.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Values of data elements per unit and period; writes are batched (delete the keys, insert the new rows). */
@Repository
public class ValueStore {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ValueStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A stored value. */
    public record Row(UUID unitId, String period, String dataElement, BigDecimal amount, String source, Instant updatedAt) {
    }

    /** The values of the units in the given periods (the caller lists every period it needs, e.g. a year's parts). */
    public List<Row> values(Collection<UUID> unitIds, Collection<String> periods, IndicatorsPolicy.Visibility visible) {
        if (periods.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT unit_id, period_code, data_element, amount, source, updated_at FROM indicators_value "
                        + "WHERE unit_id IN (:units) AND period_code IN (:periods) AND " + visible.sql())
                .param("units", List.copyOf(unitIds)).param("periods", List.copyOf(periods)).params(visible.parameters())
                .query((rs, row) -> new Row(rs.getObject("unit_id", UUID.class), rs.getString("period_code"), rs.getString("data_element"),
                        rs.getBigDecimal("amount"), rs.getString("source"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Every stored value (for a rebuild), without sources: the rows are read into a list before anything else runs. */
    public List<Row> all() {
        return jdbc.sql("SELECT unit_id, period_code, data_element, amount FROM indicators_value")
                .query((rs, row) -> new Row(rs.getObject("unit_id", UUID.class), rs.getString("period_code"), rs.getString("data_element"),
                        rs.getBigDecimal("amount"), "", Instant.EPOCH))
                .list();
    }

    /** Writes the rows, replacing any value stored under the same unit, period and data element. */
    public void put(List<Row> rows, UUID by) {
        List<Object[]> keys = new ArrayList<>(rows.size());
        for (Row row : rows) {
            keys.add(new Object[] {row.unitId(), row.period(), row.dataElement()});
        }
        batch.batchUpdate("DELETE FROM indicators_value WHERE unit_id = ? AND period_code = ? AND data_element = ?", keys, BATCH,
                (ps, key) -> {
                    ps.setObject(1, key[0]);
                    ps.setString(2, (String) key[1]);
                    ps.setString(3, (String) key[2]);
                });
        insert(rows, by);
    }

    private void insert(List<Row> rows, UUID by) {
        List<Object[]> inserts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            inserts.add(new Object[] {row.unitId(), row.period(), row.dataElement(), row.amount(), row.source(), Timestamp.from(row.updatedAt()), by});
        }
        batch.batchUpdate("INSERT INTO indicators_value (unit_id, period_code, data_element, amount, source, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", inserts, BATCH, (ps, values) -> {
                    ps.setObject(1, values[0]);
                    ps.setString(2, (String) values[1]);
                    ps.setString(3, (String) values[2]);
                    ps.setBigDecimal(4, (BigDecimal) values[3]);
                    ps.setString(5, (String) values[4]);
                    ps.setTimestamp(6, (Timestamp) values[5]);
                    ps.setObject(7, values[6]);
                });
    }

    /**
     * Writes a batch that replaces whole unit-periods (a bulk load): one delete per unit and period instead of one per
     * value, then the inserts.
     */
    public void replacePeriods(List<Row> rows, UUID by) {
        List<Object[]> keys = rows.stream().map(row -> List.<Object>of(row.unitId(), row.period())).distinct().map(List::toArray).toList();
        batch.batchUpdate("DELETE FROM indicators_value WHERE unit_id = ? AND period_code = ?", keys, BATCH, (ps, key) -> {
            ps.setObject(1, key[0]);
            ps.setString(2, (String) key[1]);
        });
        insert(rows, by);
    }

    public int remove(UUID unitId, String period, String dataElement) {
        return jdbc.sql("DELETE FROM indicators_value WHERE unit_id = :unit AND period_code = :period AND data_element = :element")
                .param("unit", unitId).param("period", period).param("element", dataElement).update();
    }

    /** Removes what one source stored for the unit and period, before it publishes its new figures. */
    public int removeSource(UUID unitId, String period, String source) {
        return jdbc.sql("DELETE FROM indicators_value WHERE unit_id = :unit AND period_code = :period AND source = :source")
                .param("unit", unitId).param("period", period).param("source", source).update();
    }
}
