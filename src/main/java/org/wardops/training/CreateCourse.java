package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** A new course: topic code from the catalogue, title, hours, mode and the organising body. */
public record CreateCourse(@Nullable String topic, @Nullable String title, @Nullable BigDecimal hours, @Nullable TrainingMode mode,
                           @Nullable String organiser) {
}
