package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One unit's score on one indicator in a period, as the pre-aggregated table holds it: the numerator's and the
 * denominator's values, the rate and the points (null: no data — a zero denominator or a missing input).
 */
public record UnitScore(UUID unitId, String indicator, String group, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                        @Nullable BigDecimal rate, @Nullable BigDecimal points, BigDecimal max) {
}
