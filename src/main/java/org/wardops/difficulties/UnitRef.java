package org.wardops.difficulties;

import java.util.UUID;

/** A unit named in a common difficulty or proposal. */
public record UnitRef(UUID id, String name) {
}
