package org.wardops.indicators.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A small recursive-descent parser for indicator expressions:
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := factor (('*' | '/') factor)*
 * factor     := number | '#{' code '}' | '(' expression ')' | '-' factor
 * </pre>
 * Errors carry the 1-based character position where the problem starts, and a message key.
 */
public final class ExpressionParser {

    public static final int MAX_LENGTH = 2_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    /** A syntax error or an unknown data element at {@code position} (1-based). */
    public static final class ExpressionException extends RuntimeException {
        private final int position;
        private final String messageKey;
        private final String detail;

        ExpressionException(int position, String messageKey, String detail) {
            super(messageKey + " at " + position + ": " + detail);
            this.position = position;
            this.messageKey = messageKey;
            this.detail = detail;
        }

        public int position() {
            return position;
        }

        public String messageKey() {
            return messageKey;
        }

        public String detail() {
            return detail;
        }
    }

    private final String text;
    private final Predicate<String> knownElement;
    private int at;

    private ExpressionParser(String text, Predicate<String> knownElement) {
        this.text = text;
        this.knownElement = knownElement;
    }

    /** Parses {@code text}, refusing references to data elements for which {@code knownElement} is false. */
    public static Expression parse(String text, Predicate<String> knownElement) {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH + 1, "indicators.error.expression.tooLong", Integer.toString(MAX_LENGTH));
        }
        ExpressionParser parser = new ExpressionParser(text, knownElement);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw new ExpressionException(1, "indicators.error.expression.empty", "");
        }
        Expression expression = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("indicators.error.expression.unexpected", String.valueOf(text.charAt(parser.at)));
        }
        return expression;
    }

    public static Expression parse(String text, Set<String> knownElements) {
        return parse(text, knownElements::contains);
    }

    private Expression expression() {
        Expression left = term();
        while (true) {
            skipSpaces();
            if (peek('+') || peek('-')) {
                char operator = text.charAt(at++);
                left = new Expression.Binary(operator, left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        Expression left = factor();
        while (true) {
            skipSpaces();
            if (peek('*') || peek('/')) {
                char operator = text.charAt(at++);
                left = new Expression.Binary(operator, left, factor());
            } else {
                return left;
            }
        }
    }

    private Expression factor() {
        skipSpaces();
        if (atEnd()) {
            throw error("indicators.error.expression.incomplete", "");
        }
        char c = text.charAt(at);
        if (c == '(') {
            int open = at++;
            Expression inner = expression();
            skipSpaces();
            if (!peek(')')) {
                throw new ExpressionException(open + 1, "indicators.error.expression.unclosed", "(");
            }
            at++;
            return inner;
        }
        if (c == '-') {
            at++;
            return new Expression.Negation(factor());
        }
        if (c == '#') {
            return reference();
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        throw error("indicators.error.expression.unexpected", String.valueOf(c));
    }

    private Expression reference() {
        int start = at;
        if (!text.startsWith("#{", at)) {
            throw error("indicators.error.expression.unexpected", "#");
        }
        int close = text.indexOf('}', at + 2);
        if (close < 0) {
            throw new ExpressionException(start + 1, "indicators.error.expression.unclosed", "#{");
        }
        String code = text.substring(at + 2, close).strip();
        if (!CODE.matcher(code).matches()) {
            throw new ExpressionException(start + 1, "indicators.error.expression.badCode", code);
        }
        if (!knownElement.test(code)) {
            throw new ExpressionException(start + 1, "indicators.error.expression.unknownElement", code);
        }
        at = close + 1;
        return new Expression.Reference(code);
    }

    private Expression number() {
        int start = at;
        while (!atEnd() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String literal = text.substring(start, at);
        try {
            if (literal.length() > 30) {
                throw new NumberFormatException();
            }
            return new Expression.Number(new BigDecimal(literal));
        } catch (NumberFormatException e) {
            throw new ExpressionException(start + 1, "indicators.error.expression.badNumber", literal);
        }
    }

    private boolean peek(char c) {
        return !atEnd() && text.charAt(at) == c;
    }

    private boolean atEnd() {
        return at >= text.length();
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private ExpressionException error(String key, String detail) {
        return new ExpressionException(at + 1, key, detail);
    }
}
