package org.wardops.difficulties;

import java.util.UUID;

/** A unit's own difficulty inside a common difficulty or suggestion, with its original text. */
public record MemberView(UUID difficultyId, UUID unitId, String unitName, String title, String description, String recommendation,
                         String category, DifficultyState state, int cosigners) {
}
