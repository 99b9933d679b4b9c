package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A difficulty as a unit drafts it or changes its draft. An omitted addressee means the unit's supervising working
 * group; an omitted source means ad hoc. {@code sourceId} names the report or session the difficulty came from when
 * it exists in WardOps; {@code sourceRef} is free text (an ad hoc occasion, a paper report).
 */
public record SaveDifficulty(@Nullable UUID unitId, @Nullable String title, @Nullable String description, @Nullable String category,
                             @Nullable Severity severity, @Nullable String recommendation, @Nullable Addressee addressee,
                             @Nullable DifficultySource source, @Nullable String sourceRef, boolean confidential, @Nullable UUID sourceId) {

    /** Without a linked report or session. */
    public SaveDifficulty(@Nullable UUID unitId, @Nullable String title, @Nullable String description, @Nullable String category,
                          @Nullable Severity severity, @Nullable String recommendation, @Nullable Addressee addressee,
                          @Nullable DifficultySource source, @Nullable String sourceRef, boolean confidential) {
        this(unitId, title, description, category, severity, recommendation, addressee, source, sourceRef, confidential, null);
    }
}
