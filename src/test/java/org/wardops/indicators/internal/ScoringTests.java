package org.wardops.indicators.internal;

import org.junit.jupiter.api.Test;
import org.wardops.indicators.DataElementView.Aggregation;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.IndicatorView.Direction;
import org.wardops.indicators.Names;
import org.wardops.indicators.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTests {

    private static final BigDecimal SIX = new BigDecimal("6.00");

    @Test
    void aRateAtTheTargetEarnsTheMaximum() {
        assertThat(Scoring.points(new BigDecimal("0.9"), new BigDecimal("0.9"), SIX, Direction.HIGHER)).isEqualByComparingTo("6.00");
    }

    @Test
    void aRateAboveTheTargetOrAbove100PercentEarnsNoMoreThanTheMaximum() {
        assertThat(Scoring.points(new BigDecimal("0.95"), new BigDecimal("0.9"), SIX, Direction.HIGHER)).isEqualByComparingTo("6.00");
        assertThat(Scoring.points(new BigDecimal("1.2"), null, SIX, Direction.HIGHER)).isEqualByComparingTo("6.00");
    }

    @Test
    void belowTheTargetPointsArePropotionalToRateOverTarget() {
        assertThat(Scoring.points(new BigDecimal("0.87"), new BigDecimal("0.9"), SIX, Direction.HIGHER)).isEqualByComparingTo("5.80");
        assertThat(Scoring.points(new BigDecimal("0.5"), null, new BigDecimal("10"), Direction.HIGHER)).isEqualByComparingTo("5.00");
        assertThat(Scoring.points(new BigDecimal("0.03"), null, SIX, Direction.LOWER)).isEqualByComparingTo("5.82");
        assertThat(Scoring.points(new BigDecimal("-0.1"), null, SIX, Direction.HIGHER)).isEqualByComparingTo("0.00");
    }

    @Test
    void aZeroDenominatorIsNoScoreNeverFullPoints() {
        IndicatorView indicator = indicator(new BigDecimal("1.0"));
        Scoring.Result result = Scoring.score(indicator, ExpressionParser.parse("#{a}", code -> true), ExpressionParser.parse("#{b}", code -> true),
                Map.of("a", BigDecimal.ZERO, "b", BigDecimal.ZERO));
        assertThat(result.rate()).isNull();
        assertThat(result.points()).isNull();
    }

    @Test
    void weeksRollUpIntoMonthsQuartersAndYearsByTheirAggregation() {
        Map<Period, Map<String, BigDecimal>> stored = Map.of(
                Period.week(2025, 40), Map.of("sum", new BigDecimal("3"), "last", new BigDecimal("7"), "avg", new BigDecimal("2")),
                Period.week(2025, 44), Map.of("sum", new BigDecimal("4"), "last", new BigDecimal("9"), "avg", new BigDecimal("4")),
                Period.month(2025, 11), Map.of("sum", new BigDecimal("10"), "last", new BigDecimal("5"), "avg", new BigDecimal("6")),
                Period.week(2025, 46), Map.of("sum", new BigDecimal("100")));
        ValueResolver resolver = new ValueResolver(stored, code -> switch (code) {
            case "last" -> Aggregation.LAST;
            case "avg" -> Aggregation.AVERAGE;
            default -> Aggregation.SUM;
        });
        assertThat(resolver.value(Period.month(2025, 10), "sum")).isEqualByComparingTo("7");
        assertThat(resolver.value(Period.month(2025, 10), "last")).isEqualByComparingTo("9");
        assertThat(resolver.value(Period.month(2025, 10), "avg")).isEqualByComparingTo("3");
        // November's own value wins over its weeks.
        assertThat(resolver.value(Period.quarter(2025, 4), "sum")).isEqualByComparingTo("17");
        assertThat(resolver.value(Period.year(2025), "last")).isEqualByComparingTo("5");
        assertThat(resolver.value(Period.year(2025), "avg")).isEqualByComparingTo("4.5");
        assertThat(resolver.value(Period.quarter(2025, 3), "sum")).isNull();
    }

    private static IndicatorView indicator(BigDecimal target) {
        return new IndicatorView("x", new Names("x", "x", "x"), "T", "G", "#{a}", "#{b}", target, SIX, Direction.HIGHER, List.of(), 1,
                LocalDate.of(2020, 1, 1), null, 0);
    }
}
