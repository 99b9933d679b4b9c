package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The issuer accepted a task's completion. */
public record TaskCompleted(UUID taskId, UUID unitId, @Nullable UUID ownerPersonId, String title, boolean late) {
}
