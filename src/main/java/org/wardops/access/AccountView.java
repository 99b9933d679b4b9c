package org.wardops.access;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as administrators and the API see it; never carries the password hash. */
public record AccountView(
        UUID id,
        String username,
        @Nullable UUID personId,
        UUID unitId,
        @Nullable UUID workingGroupId,
        Set<Role> roles,
        boolean enabled,
        @Nullable String language,
        Instant createdAt,
        long version) {
}
