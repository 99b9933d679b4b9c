package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** A unit's progress: a percentage or, for a task with a target, the quantity achieved; a narrative and evidence. */
public record ReportProgress(@Nullable Integer percent, @Nullable BigDecimal achieved, @Nullable String note, @Nullable String evidence) {
}
