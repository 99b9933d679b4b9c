package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.text.TextRules.Lines;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of what people type into tasks, checked before anything reaches the database (documented in
 * {@code docs/tasks.md}): texts by {@link TextRules}, amounts within {@code NUMERIC(14, 2)}.
 */
final class TaskInput {

    static final int TITLE = TextRules.NAME;
    static final int DESCRIPTION = 4000;
    static final int SOURCE_REFERENCE = 300;
    static final int SOURCE_LINK = 500;
    static final int MEASURE = 60;
    static final int NOTE = 4000;
    static final int EVIDENCE = 1000;
    static final int REASON = TextRules.SHORT;
    static final int MILESTONE_NAME = 300;
    static final int QUANTITY_NAME = 200;
    /** The largest amount a target, an achieved quantity or a total may be (the columns are NUMERIC(14, 2)). */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

    private TaskInput() {
    }

    /** Adds a problem when the amount is beyond what the column holds or has more than two decimals. */
    static void amount(List<FieldProblem> problems, String field, @Nullable BigDecimal value) {
        if (value != null && (value.abs().compareTo(AMOUNT_MAX) > 0 || value.stripTrailingZeros().scale() > 2)) {
            problems.add(FieldProblem.of(field, "tasks.error.number.outOfRange", AMOUNT_MAX.toPlainString()));
        }
    }

    static void amount(String field, @Nullable BigDecimal value) {
        List<FieldProblem> problems = new ArrayList<>(1);
        amount(problems, field, value);
        throwIfAny(problems);
    }

    static void text(List<FieldProblem> problems, String field, @Nullable String value, int max, Lines lines) {
        TextRules.check(problems, field, value, max, lines);
    }

    /** A required multi-line text (a note or a reason), stripped. */
    static String required(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, field.equals("reason") ? "tasks.error.reason.required" : "tasks.error.note.required");
        }
        TextRules.require(field, value, max, Lines.MULTI);
        return value.strip();
    }

    /** An optional text, stripped, null when blank. */
    static @Nullable String optional(@Nullable String value, String field, int max, Lines lines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TextRules.require(field, value, max, lines);
        return value.strip();
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
