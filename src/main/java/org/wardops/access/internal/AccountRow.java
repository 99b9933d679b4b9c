package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.access.AccountView;
import org.wardops.shared.security.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as stored, with its password hash. Never leaves the module: {@link #view()} is what others see. */
public record AccountRow(
        UUID id,
        String username,
        String passwordHash,
        @Nullable UUID personId,
        UUID unitId,
        @Nullable UUID workingGroupId,
        Set<Role> roles,
        boolean enabled,
        @Nullable String language,
        Instant passwordChangedAt,
        Instant createdAt,
        long version) {

    public AccountView view() {
        return new AccountView(id, username, personId, unitId, workingGroupId, roles, enabled, language, createdAt, version, Set.of());
    }
}
