package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * The limits of every text of the module (documented in docs/difficulties.md), checked through {@link TextRules}
 * before the database: required, at most the field's length, no NUL or other control characters, no bidirectional
 * overrides; titles and names on one line.
 */
final class DifficultyTexts {

    static final int TITLE_MAX = TextRules.NAME;
    static final int TEXT_MAX = 4000;
    static final int NOTE_MAX = TextRules.SHORT;
    static final int SOURCE_REF_MAX = 500;
    static final int ASSIGNEE_MAX = 200;

    private DifficultyTexts() {
    }

    /** A required one-line text (title, name), stripped. */
    static String collect(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        return collect(problems, field, value, max, TextRules.Lines.SINGLE);
    }

    /** A required text that may hold line breaks (description, answer, reason), stripped. */
    static String collectMultiline(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        return collect(problems, field, value, max, TextRules.Lines.MULTI);
    }

    /** An optional one-line text: null when blank. */
    static @Nullable String optional(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return collect(problems, field, value, max, TextRules.Lines.SINGLE);
    }

    /** A single required multi-line text; throws its problem. */
    static String text(String field, @Nullable String value, int max) {
        List<FieldProblem> problems = new ArrayList<>(1);
        String text = collectMultiline(problems, field, value, max);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    private static String collect(List<FieldProblem> problems, String field, @Nullable String value, int max, TextRules.Lines lines) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "difficulties.error.text.required"));
        } else {
            TextRules.check(problems, field, text, max, lines);
        }
        return text;
    }
}
