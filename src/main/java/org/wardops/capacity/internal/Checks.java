package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;

import java.time.LocalDate;
import java.util.List;

/** Input checks shared by the module's facades; every problem is collected, none stops the others. */
public final class Checks {

    private Checks() {
    }

    /** A stripped single-line text within the limit, or null when blank; a required blank text is a problem. */
    public static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "capacity.error.input.required"));
            }
            return null;
        }
        TextRules.check(problems, field, stripped, max, TextRules.Lines.SINGLE);
        return stripped;
    }

    public static @Nullable Integer number(List<FieldProblem> problems, String field, @Nullable Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "capacity.error.input.required"));
            }
            return null;
        }
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, "capacity.error.input.outOfRange", min, max));
        }
        return value;
    }

    public static void notAfter(List<FieldProblem> problems, String field, @Nullable LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(FieldProblem.of(field, "capacity.error.input.future"));
        }
    }

    public static void limit(List<FieldProblem> problems, String field, @Nullable List<?> list, int max) {
        if (list != null && list.size() > max) {
            problems.add(FieldProblem.of(field, "capacity.error.input.tooMany", max));
        }
    }
}
