package org.wardops.difficulties;

import java.util.UUID;

/** The addressee answered a difficulty raised by the unit. */
public record DifficultyAnswered(UUID difficultyId, UUID unitId, String title, String answeredBy) {
}
