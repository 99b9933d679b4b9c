package org.wardops.practices;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** A practice as its unit publishes it. */
public record PublishPractice(@Nullable String title, @Nullable Topic topic, @Nullable String problem, @Nullable String actions,
                              @Nullable String results, @Nullable String indicatorCode, @Nullable BigDecimal baseline,
                              @Nullable String replication, @Nullable String cost, @Nullable String contact) {
}
