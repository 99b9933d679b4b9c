package org.wardops.shared.api;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;

/** The optimistic-locking version a client must send back when it changes a record. */
public final class ApiVersions {

    private ApiVersions() {
    }

    public static long required(@Nullable Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "shared.error.version.required");
        }
        return version;
    }
}
