package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Pre- and post-test scores (0–100, empty while not taken) of an enrolment, with the version read. */
public record ScoreEntry(@Nullable UUID enrolmentId, @Nullable Integer preScore, @Nullable Integer postScore, @Nullable Long version) {
}
