package org.wardops.capacity.internal;

import java.util.List;

/** A sentence to be said in the reader's language: a message key and its arguments. */
public record Text(String key, List<Object> arguments) {

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }
}
