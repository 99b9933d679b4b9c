package org.wardops.access;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * The acting account, its roles and its scope.
 *
 * @param scopeUnitIds the units the account may act on, empty when {@code cityWide}
 */
public record MeView(UUID accountId, String username, String displayName, @Nullable UUID personId, @Nullable UUID unitId,
                     @Nullable String unitName, @Nullable UUID workingGroupId, Set<Role> roles, boolean cityWide,
                     Set<UUID> scopeUnitIds, @Nullable String language) {
}
