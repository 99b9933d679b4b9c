package org.wardops.access.web;

import org.jspecify.annotations.Nullable;
import org.wardops.access.AccountView;
import org.wardops.access.SaveAccount;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The account form as posted; kept as typed when the save is refused. */
public record AccountForm(@Nullable String username, @Nullable String password, @Nullable UUID unitId, @Nullable UUID personId,
                          @Nullable UUID workingGroupId, @Nullable Set<Role> roles, @Nullable Long version) {

    /** Never the password: Spring MVC and error messages may print a bound form. */
    @Override
    public String toString() {
        return "AccountForm[username=" + username + ", password=***, unitId=" + unitId + ", roles=" + roles + "]";
    }

    static AccountForm empty() {
        return new AccountForm("", "", null, null, null, EnumSet.noneOf(Role.class), null);
    }

    static AccountForm of(AccountView account) {
        return new AccountForm(account.username(), "", account.unitId(), account.personId(), account.workingGroupId(), account.roles(),
                account.version());
    }

    SaveAccount command() {
        return new SaveAccount(username == null ? "" : username, password, personId, unitId, roles == null ? Set.of() : roles, workingGroupId);
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role);
    }

    public String usernameOrEmpty() {
        return username == null ? "" : username;
    }
}
