package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Coverage of a unit for a topic: current officers, how many are covered, the share in percent and the target.
 * {@code met} is null when the topic has no target or the unit no officers.
 */
public record CoverageRow(UUID unitId, String unitName, String topic, String topicLabel, int officers, int covered,
                          @Nullable BigDecimal percent, @Nullable Integer targetPercent, @Nullable LocalDate targetDueOn, @Nullable Boolean met) {

    public static CoverageRow of(UUID unitId, String unitName, String topic, String topicLabel, int officers, int covered, @Nullable BigDecimal percent,
                                 @Nullable Integer targetPercent, @Nullable LocalDate targetDueOn) {
        Boolean met = targetPercent == null || percent == null ? null : percent.compareTo(BigDecimal.valueOf(targetPercent)) >= 0;
        return new CoverageRow(unitId, unitName, topic, topicLabel, officers, covered, percent, targetPercent, targetDueOn, met);
    }
}
