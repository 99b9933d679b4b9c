package org.wardops.difficulties;

import java.util.UUID;

/** The addressee declined a difficulty raised by the unit, with its reason. */
public record DifficultyDeclined(UUID difficultyId, UUID unitId, String title, String reason) {
}
