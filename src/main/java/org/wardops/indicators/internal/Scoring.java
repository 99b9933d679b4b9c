package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.indicators.IndicatorView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The scoring rule of Decision 766/QĐ-TTg: rate = numerator ÷ denominator; points = max × min(1, rate ÷ target), or
 * max × min(1, rate) without a target; a {@code LOWER} indicator earns points on 1 − rate. A zero denominator or a
 * missing input is no score at all ("no data"), never 100 %; a rate above 100 % is kept as it is and earns at most the
 * maximum; a negative rate earns nothing. Points are rounded half-up to the cent, and group and total scores add the
 * rounded points, as the published tables do.
 */
public final class Scoring {

    public static final int RATE_SCALE = 6;

    /** One indicator's result for one unit and period. */
    public record Result(IndicatorView indicator, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                         @Nullable BigDecimal rate, @Nullable BigDecimal points) {
    }

    private Scoring() {
    }

    public static Result score(IndicatorView indicator, Expression numerator, @Nullable Expression denominator, Map<String, BigDecimal> values) {
        BigDecimal top = numerator.evaluate(values);
        BigDecimal bottom = denominator == null ? BigDecimal.ONE : denominator.evaluate(values);
        if (top == null || bottom == null || bottom.signum() == 0) {
            return new Result(indicator, top, denominator == null ? null : bottom, null, null);
        }
        BigDecimal rate = top.divide(bottom, RATE_SCALE, RoundingMode.HALF_UP);
        return new Result(indicator, top, denominator == null ? null : bottom, rate,
                points(rate, indicator.target(), indicator.max(), indicator.direction()));
    }

    public static BigDecimal points(BigDecimal rate, @Nullable BigDecimal target, BigDecimal max, IndicatorView.Direction direction) {
        BigDecimal earning = direction == IndicatorView.Direction.LOWER ? BigDecimal.ONE.subtract(rate) : rate;
        if (earning.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal share = target == null || target.signum() <= 0 ? earning
                : earning.divide(target, Expression.PRECISION);
        if (share.compareTo(BigDecimal.ONE) > 0) {
            share = BigDecimal.ONE;
        }
        return max.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }
}
