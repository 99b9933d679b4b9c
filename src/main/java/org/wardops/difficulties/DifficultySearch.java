package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Filters of the difficulty list; every one is optional. {@code q} matches with or without diacritics. */
public record DifficultySearch(@Nullable UUID unitId, @Nullable String category, @Nullable DifficultyState state,
                               @Nullable UUID addresseeUnitId, boolean overdueOnly, @Nullable String q) {

    public static DifficultySearch ofUnit(UUID unitId) {
        return new DifficultySearch(unitId, null, null, null, false, null);
    }
}
