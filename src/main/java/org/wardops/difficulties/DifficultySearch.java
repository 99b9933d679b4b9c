package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Filters of the difficulty list; every one is optional. {@code q} matches with or without diacritics.
 * {@code submittedMonth} keeps the difficulties submitted in that month and {@code figure} those a published figure
 * counts: together they list the records behind a unit's monthly {@code difficulties.*} value.
 */
public record DifficultySearch(@Nullable UUID unitId, @Nullable String category, @Nullable DifficultyState state,
                               @Nullable UUID addresseeUnitId, boolean overdueOnly, @Nullable String q,
                               @Nullable YearMonth submittedMonth, @Nullable DifficultyFigure figure) {

    public DifficultySearch(@Nullable UUID unitId, @Nullable String category, @Nullable DifficultyState state,
                            @Nullable UUID addresseeUnitId, boolean overdueOnly, @Nullable String q) {
        this(unitId, category, state, addresseeUnitId, overdueOnly, q, null, null);
    }

    public static DifficultySearch ofUnit(UUID unitId) {
        return new DifficultySearch(unitId, null, null, null, false, null);
    }
}
