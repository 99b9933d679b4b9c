package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;
import org.wardops.directory.UnitType;
import org.wardops.indicators.Names;
import org.wardops.indicators.RankingRow;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A unit's 360° page for one period: its overview and Decision 766 scores, and every module's published figures
 * (reports, tasks, difficulties, capacity, training, citizen support, good practices), each linked to the module's
 * page of the unit's records.
 */
public record UnitSummary(UUID unitId, String unitName, String unitCode, UnitType unitType, @Nullable String parentName,
                          @Nullable UUID workingGroupId, @Nullable String workingGroupName, String period, Score overview, Score service766,
                          List<Area> areas, List<Overview.TrendPoint> trend766) {

    /** A score in a set (total null: no data in the period; set null: the set is not defined yet). */
    public record Score(String set, boolean defined, @Nullable BigDecimal total, BigDecimal max, @Nullable Integer rank,
                        RankingRow.@Nullable Band band, String link) {
    }

    /** One module's figures for the unit and period, linked to the module's page of the unit. */
    public record Area(String code, String link, List<Figure> figures) {

        public boolean hasData() {
            return !figures.isEmpty();
        }
    }

    /** A published value (a count, a score, a share) with the records behind it. */
    public record Figure(String dataElement, Names names, BigDecimal value, String link) {
    }
}
