package org.wardops.shared.web;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses optional query parameters that controllers take as text (a blank value means "not given"), so that one that
 * does not parse is a 400 naming the parameter, on the page as in the API, and never a 404 or a 500.
 */
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
            throw InvalidInputException.of(name, "shared.error.query.invalid", name);
        }
    }

    public static <E extends Enum<E>> @Nullable E option(String name, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "shared.error.query.invalid", name);
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
            throw InvalidInputException.of(name, "shared.error.query.month", name);
        }
    }

    /** A whole number from {@code min} to {@code max}, or null when not given. */
    public static @Nullable Integer number(String name, @Nullable String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw InvalidInputException.of(name, "shared.error.query.range", name, min, max);
    }

    /** A whole number from {@code min} to {@code max}, or the fallback when not given. */
    public static int number(String name, @Nullable String value, int fallback, int min, int max) {
        Integer parsed = number(name, value, min, max);
        return parsed == null ? fallback : parsed;
    }
}
