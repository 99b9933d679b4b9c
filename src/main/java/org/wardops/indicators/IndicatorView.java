package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an indicator: rate = numerator ÷ denominator (or the numerator alone without a denominator);
 * points = max × min(1, rate ÷ target), or max × min(1, rate) without a target; for {@code LOWER} indicators the rate
 * that earns points is 1 − rate. Valid from {@code validFrom} to {@code validTo} inclusive ({@code validTo} null: still valid).
 *
 * @param legend the rate thresholds between the legend's bands (e.g. 0.5 and 0.8: weak, fair, good)
 */
public record IndicatorView(String code, Names names, String set, String group, String numerator, @Nullable String denominator,
                            @Nullable BigDecimal target, BigDecimal max, Direction direction, List<BigDecimal> legend,
                            int sortOrder, LocalDate validFrom, @Nullable LocalDate validTo, long version) {

    public enum Direction { HIGHER, LOWER }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
