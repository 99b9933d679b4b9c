package org.wardops.reporting.internal;

import org.wardops.reporting.FieldType;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.TemplateField;
import org.wardops.shared.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks answers against their template. A draft may leave fields empty, but what it holds must be well-formed and
 * within bounds; a submission must also fill every required field. Every problem is listed, by field.
 */
public final class AnswerCheck {

    static final int TEXT_LIMIT = 500;
    static final int LONG_TEXT_LIMIT = 20_000;

    private AnswerCheck() {
    }

    public static String field(String key) {
        return "answers." + key;
    }

    public static List<FieldProblem> check(ReportTemplateView template, Map<String, String> answers, boolean forSubmission) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : answers.keySet()) {
            if (template.field(key).isEmpty()) {
                problems.add(FieldProblem.of(field(key), "reporting.error.answer.unknownField", key));
            }
        }
        for (TemplateField field : template.fields()) {
            String value = answers.getOrDefault(field.key(), "").strip();
            if (value.isEmpty()) {
                if (forSubmission && field.required()) {
                    problems.add(FieldProblem.of(field(field.key()), "reporting.error.answer.required"));
                }
                continue;
            }
            checkValue(field, value, problems);
        }
        return problems;
    }

    private static void checkValue(TemplateField field, String value, List<FieldProblem> problems) {
        String name = field(field.key());
        switch (field.type()) {
            case TEXT -> limit(name, value, TEXT_LIMIT, problems);
            case LONG_TEXT -> limit(name, value, LONG_TEXT_LIMIT, problems);
            case INTEGER, DECIMAL, PERCENT -> number(field, value, problems);
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.add(FieldProblem.of(name, "reporting.error.answer.yesOrNo"));
                }
            }
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    problems.add(FieldProblem.of(name, "reporting.error.answer.notAChoice"));
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    problems.add(FieldProblem.of(name, "reporting.error.answer.notADate"));
                }
            }
            case ATTACHMENT -> {
                // The facade checks that the attachment belongs to the report.
            }
        }
    }

    private static void limit(String name, String value, int limit, List<FieldProblem> problems) {
        if (value.length() > limit) {
            problems.add(FieldProblem.of(name, "shared.error.input.tooLong", limit));
        }
    }

    private static void number(TemplateField field, String value, List<FieldProblem> problems) {
        String name = field(field.key());
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, field.type() == FieldType.INTEGER ? "reporting.error.answer.notAWholeNumber"
                    : "reporting.error.answer.notANumber"));
            return;
        }
        if (field.type() == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of(name, "reporting.error.answer.notAWholeNumber"));
            return;
        }
        BigDecimal min = field.lowerBound();
        BigDecimal max = field.upperBound();
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            problems.add(FieldProblem.of(name, "reporting.error.answer.outOfBounds",
                    min == null ? "…" : min.toPlainString(), max == null ? "…" : max.toPlainString()));
        }
    }
}
