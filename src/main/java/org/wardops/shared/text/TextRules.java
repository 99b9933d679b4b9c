package org.wardops.shared.text;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every text a user types must satisfy before it reaches the database: a documented maximum length (checked
 * here, so that an over-long text is a 400 naming the field, never a 500 from the column), no NUL or other control
 * characters (line breaks and tabs only in multi-line texts), and no bidirectional overrides that would make a name
 * or title read differently from what is stored. Modules name their limits with the constants below.
 */
public final class TextRules {

    /** Names of people, units, teams, courses; titles of records. */
    public static final int NAME = 300;
    /** Short free texts: reasons, comments, places, references. */
    public static final int SHORT = 2_000;
    /** Long free texts: descriptions, answers, minutes, agendas. */
    public static final int LONG = 20_000;

    /** Whether the text is one line (names, titles, codes) or may hold line breaks and tabs (descriptions). */
    public enum Lines { SINGLE, MULTI }

    private TextRules() {
    }

    /** The first problem of the value, if any; a null value has none (required-ness is the caller's rule). */
    public static Optional<FieldProblem> problem(String field, @Nullable String value, int max, Lines lines) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > max) {
            return Optional.of(FieldProblem.of(field, "shared.error.text.tooLong", max, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBidiControl(c)) {
                return Optional.of(FieldProblem.of(field, "shared.error.text.bidi"));
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(lineBreak && lines == Lines.MULTI)) {
                return Optional.of(FieldProblem.of(field, "shared.error.text.control"));
            }
        }
        return Optional.empty();
    }

    /** Adds the value's problem, if any, to the problems being collected for one input. */
    public static void check(List<FieldProblem> problems, String field, @Nullable String value, int max, Lines lines) {
        problem(field, value, max, lines).ifPresent(problems::add);
    }

    /** Throws when the value has a problem: for inputs with a single text. */
    public static void require(String field, @Nullable String value, int max, Lines lines) {
        List<FieldProblem> problems = new ArrayList<>(1);
        check(problems, field, value, max, lines);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
