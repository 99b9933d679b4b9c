package org.wardops.tasks;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.DifficultyState;

import java.util.UUID;

/**
 * A difficulty that blocks a project, with its current state. {@code visible} is false when the reader may not see the
 * difficulty (a confidential one of another unit, say); then only its id is shown.
 */
public record BlockerView(UUID difficultyId, boolean visible, @Nullable String title, @Nullable String unitName,
                          @Nullable DifficultyState state) {
}
