package org.wardops.capacity.web;

import java.util.Map;

/** Field values of a capacity form by name, as the page shows them (typed, or read from the record). */
public interface FormValues {

    Map<String, String> values();

    default String v(String name) {
        return values().getOrDefault(name, "");
    }

    default boolean is(String name, String value) {
        return value.equals(v(name));
    }

    default boolean checked(String name) {
        return is(name, "true");
    }
}
