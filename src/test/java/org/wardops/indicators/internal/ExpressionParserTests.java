package org.wardops.indicators.internal;

import org.junit.jupiter.api.Test;
import org.wardops.indicators.internal.ExpressionParser.ExpressionException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExpressionParserTests {

    private static final Set<String> KNOWN = Set.of("dossiers.onTime", "dossiers.late", "dossiers.received");

    @Test
    void evaluatesArithmeticWithPrecedenceAndParentheses() {
        Expression expression = ExpressionParser.parse("(#{dossiers.onTime} + #{dossiers.late}) * 2 - 10 / 4", KNOWN);
        assertThat(expression.evaluate(Map.of("dossiers.onTime", new BigDecimal("90"), "dossiers.late", new BigDecimal("10"))))
                .isEqualByComparingTo("197.5");
        assertThat(expression.references()).containsExactly("dossiers.onTime", "dossiers.late");
        assertThat(ExpressionParser.parse("-#{dossiers.late} + 1", KNOWN).evaluate(Map.of("dossiers.late", BigDecimal.ONE))).isEqualByComparingTo("0");
    }

    @Test
    void aMissingInputOrDivisionByZeroGivesNoValue() {
        Expression expression = ExpressionParser.parse("#{dossiers.onTime} / #{dossiers.received}", KNOWN);
        assertThat(expression.evaluate(Map.of("dossiers.onTime", BigDecimal.ONE))).isNull();
        assertThat(expression.evaluate(Map.of("dossiers.onTime", BigDecimal.ONE, "dossiers.received", BigDecimal.ZERO))).isNull();
    }

    @Test
    void reportsAnUnknownDataElementWithItsPosition() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> ExpressionParser.parse("#{dossiers.onTime} / #{dossiers.recieved}", KNOWN));
        assertThat(error.position()).isEqualTo(22);
        assertThat(error.messageKey()).isEqualTo("indicators.error.expression.unknownElement");
        assertThat(error.detail()).isEqualTo("dossiers.recieved");
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("(#{dossiers.late} + 1", KNOWN)).position())
                .isEqualTo(1);
        assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("#{dossiers.late} +", KNOWN)).messageKey())
                .isEqualTo("indicators.error.expression.incomplete");
        ExpressionException stray = catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("#{dossiers.late} % 2", KNOWN));
        assertThat(stray.position()).isEqualTo(18);
        assertThat(stray.detail()).isEqualTo("%");
        assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("  ", KNOWN)).messageKey())
                .isEqualTo("indicators.error.expression.empty");
        assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("1.2.3", KNOWN)).messageKey())
                .isEqualTo("indicators.error.expression.badNumber");
        assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse("#{dossiers.late", KNOWN)).messageKey())
                .isEqualTo("indicators.error.expression.unclosed");
    }
}
