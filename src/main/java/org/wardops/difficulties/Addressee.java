package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The body that must answer: a working group or a department (by unit id), or the city leadership (no unit). */
public record Addressee(AddresseeType type, @Nullable UUID unitId) {
}
