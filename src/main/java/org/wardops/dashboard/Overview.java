package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;
import org.wardops.directory.UnitType;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Names;
import org.wardops.indicators.RankingRow;
import org.wardops.shared.PageResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The city overview (or a working group's part of it) for one period: the {@code overview} set's indicators grouped
 * into areas with their weights (maximum points), the units ranked by total with a heat cell per area, the monthly
 * trend of the average total, and the filters applied. Read from the indicators module's pre-aggregated tables.
 *
 * @param scopeName the city's or the working group's name
 * @param workingGroupId the working-group filter (null: the whole city)
 * @param unitType the unit-type filter (null: every commune-level type)
 */
public record Overview(String set, String period, String scopeName, @Nullable UUID workingGroupId, @Nullable UnitType unitType,
                       List<Area> areas, BigDecimal max, PageResult<OverviewRow> rows, List<TrendPoint> trend, int unitsInScope,
                       int unitsWithoutData) {

    /** An area (indicator group) with its weight and its indicators. */
    public record Area(String code, BigDecimal max, List<Column> indicators) {
    }

    /** One indicator of the set: its name, weight (maximum points) and direction. */
    public record Column(String code, Names names, BigDecimal max, IndicatorView.Direction direction) {
    }

    /** The average total of the units in scope that have one, in a month (null: none has). */
    public record TrendPoint(String period, @Nullable BigDecimal average, int units) {
    }

    /** The legend bands, best first. */
    public static List<RankingRow.Band> bands() {
        return List.of(RankingRow.Band.values());
    }
}
