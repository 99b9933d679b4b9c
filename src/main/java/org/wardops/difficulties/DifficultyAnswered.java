package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The addressee answered a difficulty raised by the unit; the answer's text travels along for the e-mail. */
public record DifficultyAnswered(UUID difficultyId, UUID unitId, String title, String answeredBy, @Nullable String answer) {
}
