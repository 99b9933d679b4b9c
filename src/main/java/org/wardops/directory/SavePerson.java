package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The fields of a person, for creating one or changing one. */
public record SavePerson(String fullName, String title, @Nullable UUID unitId, @Nullable String email, @Nullable String phone) {
}
