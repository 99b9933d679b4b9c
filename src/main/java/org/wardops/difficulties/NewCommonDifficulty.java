package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A common difficulty as a person creates it, from scratch or by accepting a suggestion ({@code suggestionKey}),
 * possibly edited: another title, fewer or more members. Categories default to the members'.
 */
public record NewCommonDifficulty(@Nullable String title, @Nullable String summary, @Nullable List<String> categories,
                                  @Nullable List<UUID> difficultyIds, @Nullable String suggestionKey) {
}
