package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A new session of a course: its day, a place or a link (or both), the trainer and the number of places. */
public record PlanSession(@Nullable LocalDate heldOn, @Nullable String place, @Nullable String link, @Nullable String trainer,
                          @Nullable Integer capacity) {
}
