package org.wardops.shared.security;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting: their account, roles and scope. Built by the access module on every request, so that a
 * disabled account or a changed role takes effect at once.
 *
 * @param unitId the account's own organisation unit
 * @param unitName its name, for the page header
 * @param workingGroupId the working group (itself an organisation unit) for working-group roles
 */
public record Actor(
        UUID accountId,
        String username,
        String displayName,
        @Nullable UUID personId,
        @Nullable UUID unitId,
        @Nullable String unitName,
        @Nullable UUID workingGroupId,
        Set<Role> roles,
        Scope scope) implements Principal, Serializable {

    /** The account under which WardOps acts on its own: reference-data import, demo data, scheduled jobs. */
    public static final UUID SYSTEM_ACCOUNT_ID = new UUID(0L, 0L);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor system() {
        return new Actor(SYSTEM_ACCOUNT_ID, "system", "WardOps", null, null, null, null, Set.of(Role.SYSTEM_ADMIN),
                Scope.wholeCity());
    }

    /** The account's user name: what sessions, logs and audit records name the actor by. */
    @Override
    public String getName() {
        return username;
    }

    public boolean isSystem() {
        return SYSTEM_ACCOUNT_ID.equals(accountId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean covers(UUID targetUnitId) {
        return scope.covers(targetUnitId);
    }
}
