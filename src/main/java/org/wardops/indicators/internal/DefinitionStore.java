package org.wardops.indicators.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.indicators.DataElementView;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Names;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Data elements and indicator versions. */
@Repository
public class DefinitionStore {

    private static final String INDICATOR_COLUMNS = "id, code, set_code, group_code, name_vi, name_en, name_de, numerator, denominator, "
            + "target_rate, max_points, direction, legend, sort_order, valid_from, valid_to, version";

    private final JdbcClient jdbc;

    DefinitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DataElementView> dataElements() {
        return jdbc.sql("SELECT code, name_vi, name_en, name_de, value_type, aggregation, version FROM indicators_data_element ORDER BY code")
                .query(DefinitionStore::dataElement).list();
    }

    public Optional<DataElementView> dataElement(String code) {
        return jdbc.sql("SELECT code, name_vi, name_en, name_de, value_type, aggregation, version FROM indicators_data_element WHERE code = :code")
                .param("code", code).query(DefinitionStore::dataElement).optional();
    }

    public void insert(DataElementView element, Instant now) {
        jdbc.sql("INSERT INTO indicators_data_element (code, name_vi, name_en, name_de, value_type, aggregation, created_at, version) "
                        + "VALUES (:code, :vi, :en, :de, :type, :aggregation, :now, 0)")
                .param("code", element.code()).param("vi", element.names().vi()).param("en", element.names().en())
                .param("de", element.names().de()).param("type", element.valueType().name())
                .param("aggregation", element.aggregation().name()).param("now", Timestamp.from(now)).update();
    }

    /**
     * Registers a data element unless it exists; false when it did. Modules publish concurrently (a unit each), so two
     * listeners may register the same new code at once: the second waits for the first and then does nothing.
     */
    public boolean insertIfAbsent(DataElementView element, Instant now) {
        return jdbc.sql("INSERT INTO indicators_data_element (code, name_vi, name_en, name_de, value_type, aggregation, created_at, version) "
                        + "VALUES (:code, :vi, :en, :de, :type, :aggregation, :now, 0) ON CONFLICT DO NOTHING")
                .param("code", element.code()).param("vi", element.names().vi()).param("en", element.names().en())
                .param("de", element.names().de()).param("type", element.valueType().name())
                .param("aggregation", element.aggregation().name()).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Every version of every indicator of the set (all sets when null), by sort order and validity. */
    public List<Version> indicators(String set) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicators_indicator WHERE set_code = :set ORDER BY sort_order, code, valid_from")
                .param("set", set).query(DefinitionStore::indicator).list();
    }

    public List<Version> allIndicators() {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicators_indicator ORDER BY set_code, sort_order, code, valid_from")
                .query(DefinitionStore::indicator).list();
    }

    public List<Version> versions(String code) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicators_indicator WHERE code = :code ORDER BY valid_from")
                .param("code", code).query(DefinitionStore::indicator).list();
    }

    public List<String> sets() {
        return jdbc.sql("SELECT DISTINCT set_code FROM indicators_indicator ORDER BY set_code").query(String.class).list();
    }

    public void insert(UUID id, IndicatorView indicator, Instant now) {
        insert(id, indicator, now, 0);
    }

    /**
     * A version row starting at the given optimistic-locking version: a new version of an indicator continues the
     * counter of the one it follows, so that the latest row's version grows with every change of the indicator.
     */
    public void insert(UUID id, IndicatorView indicator, Instant now, long version) {
        jdbc.sql("INSERT INTO indicators_indicator (" + INDICATOR_COLUMNS + ", created_at) VALUES (:id, :code, :set, :group, :vi, :en, :de, "
                        + ":numerator, :denominator, :target, :max, :direction, :legend, :sortOrder, :validFrom, :validTo, :version, :now)")
                .param("id", id).param("code", indicator.code()).param("set", indicator.set()).param("group", indicator.group())
                .param("vi", indicator.names().vi()).param("en", indicator.names().en()).param("de", indicator.names().de())
                .param("numerator", indicator.numerator()).param("denominator", indicator.denominator())
                .param("target", indicator.target()).param("max", indicator.max()).param("direction", indicator.direction().name())
                .param("legend", legend(indicator.legend())).param("sortOrder", indicator.sortOrder())
                .param("validFrom", indicator.validFrom()).param("validTo", indicator.validTo()).param("version", version)
                .param("now", Timestamp.from(now)).update();
    }

    /** Replaces the content of one version (same code and validFrom), if it is still at the version read. */
    public int replace(UUID id, IndicatorView indicator, long expectedVersion) {
        return jdbc.sql("UPDATE indicators_indicator SET set_code = :set, group_code = :group, name_vi = :vi, name_en = :en, name_de = :de, "
                        + "numerator = :numerator, denominator = :denominator, target_rate = :target, max_points = :max, direction = :direction, "
                        + "legend = :legend, sort_order = :sortOrder, valid_to = :validTo, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("set", indicator.set()).param("group", indicator.group())
                .param("vi", indicator.names().vi()).param("en", indicator.names().en()).param("de", indicator.names().de())
                .param("numerator", indicator.numerator()).param("denominator", indicator.denominator())
                .param("target", indicator.target()).param("max", indicator.max()).param("direction", indicator.direction().name())
                .param("legend", legend(indicator.legend())).param("sortOrder", indicator.sortOrder())
                .param("validTo", indicator.validTo()).param("version", expectedVersion).update();
    }

    public int close(UUID id, LocalDate validTo, long expectedVersion) {
        return jdbc.sql("UPDATE indicators_indicator SET valid_to = :validTo, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("validTo", validTo).param("version", expectedVersion).update();
    }

    /** An indicator version with its row id. */
    public record Version(UUID id, IndicatorView view) {
    }

    private static String legend(List<BigDecimal> thresholds) {
        return String.join(";", thresholds.stream().map(BigDecimal::toPlainString).toList());
    }

    private static DataElementView dataElement(ResultSet rs, int row) throws SQLException {
        return new DataElementView(rs.getString("code"), new Names(rs.getString("name_vi"), rs.getString("name_en"), rs.getString("name_de")),
                DataElementView.ValueType.valueOf(rs.getString("value_type")), DataElementView.Aggregation.valueOf(rs.getString("aggregation")),
                rs.getLong("version"));
    }

    private static Version indicator(ResultSet rs, int row) throws SQLException {
        String legend = rs.getString("legend");
        List<BigDecimal> thresholds = legend.isBlank() ? List.of() : Arrays.stream(legend.split(";")).map(BigDecimal::new).toList();
        var validTo = rs.getObject("valid_to", LocalDate.class);
        return new Version(rs.getObject("id", UUID.class), new IndicatorView(rs.getString("code"),
                new Names(rs.getString("name_vi"), rs.getString("name_en"), rs.getString("name_de")), rs.getString("set_code"),
                rs.getString("group_code"), rs.getString("numerator"), rs.getString("denominator"), rs.getBigDecimal("target_rate"),
                rs.getBigDecimal("max_points"), IndicatorView.Direction.valueOf(rs.getString("direction")), thresholds,
                rs.getInt("sort_order"), rs.getObject("valid_from", LocalDate.class), validTo, rs.getLong("version")));
    }
}
