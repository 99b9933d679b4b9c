package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A topic of the catalogue in the reader's language. {@code countsFor}: completing this topic also covers that one;
 * {@code registerStandard}: the staff register's tested IT skill covers the topic; certificates expire after
 * {@code validMonths} (never when null); the coverage target, when the topic has one.
 */
public record TopicView(String code, String label, @Nullable String countsFor, boolean registerStandard, @Nullable Integer validMonths,
                        @Nullable Integer targetPercent, @Nullable LocalDate targetDueOn) {
}
