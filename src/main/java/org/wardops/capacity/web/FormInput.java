package org.wardops.capacity.web;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submitted capacity form as typed: the page shows these values again when something is refused (nothing typed is
 * lost), and reads numbers, dates and options from them, collecting every value that does not parse. List rows are
 * named {@code links[2].provider}; blank rows are left out and the problems the facade reports for the rows it was
 * given are renamed back to the rows of the form.
 */
final class FormInput implements FormValues {

    static final int MAX_ROWS = 20;
    private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d{1,2})]\\.");

    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, List<Integer>> rowsSent = new HashMap<>();

    FormInput(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public Map<String, String> values() {
        return values;
    }

    @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    @Nullable Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, "capacity.error.input.notANumber"));
            return null;
        }
    }

    @Nullable LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(name, "capacity.error.input.notADate"));
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E option(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(name, "capacity.error.input.optionUnknown"));
            return null;
        }
    }

    @Nullable UUID uuid(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(name, "capacity.error.input.optionUnknown"));
            return null;
        }
    }

    /**
     * The rows of a list the form sent that are not blank (one of the fields given), in order; remembered so that
     * the facade's problems for its n-th row name the form's row.
     */
    List<Integer> rows(String list, String... fields) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS + 1; i++) {
            for (String field : fields) {
                if (text(list + "[" + i + "]." + field) != null) {
                    rows.add(i);
                    break;
                }
            }
        }
        rowsSent.put(list, rows);
        return rows;
    }

    /** How many rows of a list the form showed (the highest row number sent, plus one). */
    int rowsShown(String list) {
        int highest = -1;
        for (String name : values.keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.find() && m.group(1).equals(list)) {
                highest = Math.max(highest, Integer.parseInt(m.group(2)));
            }
        }
        return Math.min(MAX_ROWS, highest + 1);
    }

    /** Throws the values that did not parse, before anything is sent to the facade. */
    void requireParsed() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
    }

    /** The facade's problems with row numbers of the form. */
    InvalidInputException onFormRows(InvalidInputException refused) {
        List<FieldProblem> renamed = new ArrayList<>();
        for (FieldProblem problem : refused.problems()) {
            Matcher m = ROW.matcher(problem.field());
            List<Integer> rows = m.find() ? rowsSent.get(m.group(1)) : null;
            int index = rows == null ? -1 : Integer.parseInt(m.group(2));
            String field = rows != null && index < rows.size()
                    ? m.group(1) + "[" + rows.get(index) + "]." + problem.field().substring(m.end()) : problem.field();
            renamed.add(new FieldProblem(field, problem.messageKey(), problem.arguments()));
        }
        return new InvalidInputException(renamed);
    }
}
