package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses the query parameters of the pages and the API, so that one that does not parse is a 400 naming it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static @Nullable UUID uuid(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "citizensupport.error.query.uuid", name);
        }
    }

    /** A month written {@code 2026-11}. */
    public static @Nullable YearMonth month(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "citizensupport.error.query.month", name);
        }
    }

    public static int number(String name, @Nullable String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw InvalidInputException.of(name, "citizensupport.error.query.range", name, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "citizensupport.error.query.range", name, min, max);
        }
    }
}
