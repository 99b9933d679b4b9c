package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.access.AccountAction;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with accounts; {@code AccountManagement} asks it before every change, the account pages ask it
 * which actions to offer. Accounts are the administrator's; one's own account (reading it, its language, its API
 * tokens) is everyone's. Account lists are for administrators only, so they need no visibility predicate.
 */
@Component
public class AccessPolicy {

    /**
     * Whether the actor may take the action on the account (null: no particular account, e.g. creating one).
     * Disabling one's own account is not offered: the facade refuses it with its own rule message.
     */
    public boolean allowed(Actor actor, AccountAction action, @Nullable UUID accountId) {
        boolean own = accountId != null && accountId.equals(actor.accountId());
        return switch (action) {
            case READ_ACCOUNTS, CREATE_ACCOUNT, CHANGE_ACCOUNT, ENABLE_ACCOUNT, RESET_SECOND_FACTOR -> actor.hasRole(Role.SYSTEM_ADMIN);
            case DISABLE_ACCOUNT -> actor.hasRole(Role.SYSTEM_ADMIN) && !own;
            case READ_OWN_ACCOUNT, CHOOSE_LANGUAGE, ISSUE_TOKEN, REVOKE_OWN_TOKEN, MANAGE_OWN_SECOND_FACTOR -> own;
        };
    }

    public void require(Actor actor, AccountAction action, @Nullable UUID accountId) {
        if (!allowed(actor, action, accountId)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** Every action the actor may take on the account. */
    public Set<AccountAction> allowedOn(Actor actor, @Nullable UUID accountId) {
        Set<AccountAction> allowed = EnumSet.noneOf(AccountAction.class);
        for (AccountAction action : AccountAction.values()) {
            if (allowed(actor, action, accountId)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
