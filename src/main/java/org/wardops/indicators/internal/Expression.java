package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A parsed numerator or denominator: numbers, data-element references {@code #{code}}, + - * / and parentheses.
 * Evaluation answers null when a referenced element has no value or a division by zero occurs, so that a missing
 * input gives "no data", never a made-up zero.
 */
public sealed interface Expression {

    MathContext PRECISION = MathContext.DECIMAL64;

    @Nullable BigDecimal evaluate(Map<String, BigDecimal> values);

    /** The data-element codes the expression reads, in order of appearance. */
    default Set<String> references() {
        Set<String> codes = new LinkedHashSet<>();
        collect(codes);
        return codes;
    }

    void collect(Set<String> codes);

    record Number(BigDecimal value) implements Expression {
        public BigDecimal evaluate(Map<String, BigDecimal> values) {
            return value;
        }

        public void collect(Set<String> codes) {
        }
    }

    record Reference(String code) implements Expression {
        public @Nullable BigDecimal evaluate(Map<String, BigDecimal> values) {
            return values.get(code);
        }

        public void collect(Set<String> codes) {
            codes.add(code);
        }
    }

    record Negation(Expression operand) implements Expression {
        public @Nullable BigDecimal evaluate(Map<String, BigDecimal> values) {
            BigDecimal value = operand.evaluate(values);
            return value == null ? null : value.negate();
        }

        public void collect(Set<String> codes) {
            operand.collect(codes);
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        public @Nullable BigDecimal evaluate(Map<String, BigDecimal> values) {
            BigDecimal a = left.evaluate(values);
            BigDecimal b = right.evaluate(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b, PRECISION);
                default -> b.signum() == 0 ? null : a.divide(b, PRECISION);
            };
        }

        public void collect(Set<String> codes) {
            left.collect(codes);
            right.collect(codes);
        }
    }
}
