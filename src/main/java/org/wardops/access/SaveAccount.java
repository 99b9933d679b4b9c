package org.wardops.access;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * The fields of an account for creating or changing it. On a change, an empty password keeps the current one.
 *
 * @param workingGroupId required for working-group roles: the group whose units the account supervises
 */
public record SaveAccount(
        String username,
        @Nullable String password,
        @Nullable UUID personId,
        @Nullable UUID unitId,
        Set<Role> roles,
        @Nullable UUID workingGroupId) {

    /** Never the password. */
    @Override
    public String toString() {
        return "SaveAccount[username=" + username + ", password=***, unitId=" + unitId + ", roles=" + roles + "]";
    }
}
