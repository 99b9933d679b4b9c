package org.wardops.difficulties;

import java.util.UUID;

/**
 * A unit named in a common difficulty or proposal, with where it comes from: {@code cosigningOnly} when the unit only
 * declared "we have this too" on another unit's difficulty, false when it raised a difficulty of its own.
 */
public record UnitRef(UUID id, String name, boolean cosigningOnly) {
}
