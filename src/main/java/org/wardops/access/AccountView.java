package org.wardops.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as administrators and the API see it; never carries the password hash. {@code actions} are those the
 * caller may take on it (left out of audit records).
 */
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
        long version,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<AccountAction> actions) {

    /** The same account with the actions the caller may take on it. */
    public AccountView withActions(Set<AccountAction> allowed) {
        return new AccountView(id, username, personId, unitId, workingGroupId, roles, enabled, language, createdAt, version, Set.copyOf(allowed));
    }
}
