package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;
import org.wardops.directory.UnitType;
import org.wardops.indicators.RankingRow;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One unit of the overview: its rank in the city (null with no data in the period), total, band and trend, a heat
 * cell per area and every figure, each with the link to the records behind it.
 *
 * @param link the unit's 360° page
 */
public record OverviewRow(@Nullable Integer rank, UUID unitId, String unitCode, String unitName, UnitType unitType, @Nullable BigDecimal total,
                          BigDecimal max, @Nullable BigDecimal previousTotal, RankingRow.@Nullable Band band, List<Cell> areas,
                          List<Figure> figures, String link) {

    public boolean hasData() {
        return total != null;
    }

    /** An area's points (null: no data) and legend band, linked to the records behind its first figure. */
    public record Cell(String area, @Nullable BigDecimal points, BigDecimal max, RankingRow.@Nullable Band band, String link) {
    }

    /**
     * One indicator's figure: the numerator's value (e.g. the number of overdue tasks), the denominator's, the rate
     * and the points (null: no data), linked to the records behind it.
     */
    public record Figure(String indicator, String area, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                         @Nullable BigDecimal rate, @Nullable BigDecimal points, BigDecimal max, String link) {
    }
}
