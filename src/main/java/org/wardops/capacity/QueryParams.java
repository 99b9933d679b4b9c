package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;

import java.util.Locale;
import java.util.UUID;

/** Parses the query parameters of the module's lists, so that one that does not parse is a 400 naming it, not a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static @Nullable UUID uuid(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "capacity.error.query.invalid", name);
        }
    }

    public static <E extends Enum<E>> @Nullable E option(String name, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "capacity.error.query.invalid", name);
        }
    }

    public static @Nullable Integer number(String name, @Nullable String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw InvalidInputException.of(name, "capacity.error.input.outOfRange", min, max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "capacity.error.query.invalid", name);
        }
    }
}
