package org.wardops.access.internal;

import org.springframework.stereotype.Component;
import org.wardops.directory.Affiliation;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the {@link Actor} of an account: the whole city for city leaders, auditors and administrators; otherwise
 * the account's own unit and, for working-group roles, the group and the units it supervises. The account (with its
 * roles) is read fresh on every request by the caller; the directory's part comes from its short-lived cache, so
 * building an actor usually costs no query at all.
 */
@Component
public class ActorFactory {

    private final DirectoryManagement directory;

    ActorFactory(DirectoryManagement directory) {
        this.directory = directory;
    }

    public Actor actorOf(AccountRow account) {
        Set<Role> roles = account.roles();
        boolean cityWide = roles.stream().anyMatch(Role::isCityWide);
        UUID group = !cityWide && account.workingGroupId() != null && roles.stream().anyMatch(Role::isWorkingGroupRole)
                ? account.workingGroupId() : null;
        Affiliation affiliation = directory.affiliation(account.personId(), account.unitId(), group);
        Scope scope;
        if (cityWide) {
            scope = Scope.wholeCity();
        } else {
            Set<UUID> units = new HashSet<>();
            units.add(account.unitId());
            if (group != null) {
                units.add(group);
                units.addAll(affiliation.supervisedUnits());
            }
            scope = Scope.units(units);
        }
        String displayName = account.personId() == null || affiliation.personName() == null
                ? account.username() : affiliation.personName();
        return new Actor(account.id(), account.username(), displayName, account.personId(), account.unitId(),
                affiliation.unitName(), account.workingGroupId(), roles, scope);
    }
}
