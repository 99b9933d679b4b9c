package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A difficulty as a unit drafts it or changes its draft. An omitted addressee means the unit's supervising working
 * group; an omitted source means ad hoc.
 */
public record SaveDifficulty(@Nullable UUID unitId, @Nullable String title, @Nullable String description, @Nullable String category,
                             @Nullable Severity severity, @Nullable String recommendation, @Nullable Addressee addressee,
                             @Nullable DifficultySource source, @Nullable String sourceRef, boolean confidential) {
}
