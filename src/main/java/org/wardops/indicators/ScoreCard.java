package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A unit's score in a set of indicators for one period, down to each indicator's inputs and formula, with the
 * previous period's points for trends. Points are null ("no data") where a denominator is zero or an input is
 * missing; such indicators count in {@code max} but add nothing to {@code total}.
 */
public record ScoreCard(UUID unitId, String unitName, String set, String period, String previousPeriod, @Nullable BigDecimal total,
                        BigDecimal max, @Nullable BigDecimal previousTotal, @Nullable Integer rank, List<Group> groups) {

    public record Group(String code, @Nullable BigDecimal points, BigDecimal max, @Nullable BigDecimal previousPoints,
                        List<Indicator> indicators) {
    }

    public record Indicator(String code, Names names, @Nullable BigDecimal rate, @Nullable BigDecimal target, @Nullable BigDecimal points,
                            BigDecimal max, @Nullable BigDecimal previousPoints, IndicatorView.Direction direction, String numerator,
                            @Nullable String denominator, @Nullable BigDecimal numeratorValue, @Nullable BigDecimal denominatorValue,
                            List<Input> inputs) {
    }

    /** One data element the indicator read, with the value used (null: no value). */
    public record Input(String dataElement, Names names, @Nullable BigDecimal value) {
    }
}
