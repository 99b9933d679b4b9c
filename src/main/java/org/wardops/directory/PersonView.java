package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A person in the directory: name, position title, unit and how to reach them. */
public record PersonView(UUID id, String fullName, String title, UUID unitId, @Nullable String email,
                         @Nullable String phone, long version) {
}
