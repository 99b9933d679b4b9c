package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a task's history: progress, a completion report, its acceptance or return, a due-date decision. */
public record ProgressEntry(UUID id, String kind, @Nullable Integer percent, @Nullable BigDecimal achieved, String note,
                           @Nullable String evidence, String reporter, Instant reportedAt) {
}
