package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The issuer returned a reported completion with a reason. */
public record TaskReturned(UUID taskId, UUID unitId, @Nullable UUID ownerPersonId, String title, String reason) {
}
