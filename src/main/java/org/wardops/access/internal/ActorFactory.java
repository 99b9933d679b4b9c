package org.wardops.access.internal;

import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the {@link Actor} of an account: the whole city for city leaders, auditors and administrators; otherwise
 * the account's own unit and, for working-group roles, the group and the units it supervises.
 */
@Component
public class ActorFactory {

    private final DirectoryManagement directory;
    private final PeopleManagement people;

    ActorFactory(DirectoryManagement directory, PeopleManagement people) {
        this.directory = directory;
        this.people = people;
    }

    public Actor actorOf(AccountRow account) {
        // The directory is read on the account's behalf before it is an actor, so as the system.
        return CurrentActor.runAs(Actor.system(), () -> build(account));
    }

    private Actor build(AccountRow account) {
        Set<Role> roles = account.roles();
        Scope scope;
        if (roles.stream().anyMatch(Role::isCityWide)) {
            scope = Scope.wholeCity();
        } else {
            Set<UUID> units = new HashSet<>();
            units.add(account.unitId());
            if (account.workingGroupId() != null && roles.stream().anyMatch(Role::isWorkingGroupRole)) {
                units.add(account.workingGroupId());
                units.addAll(directory.unitsSupervisedBy(account.workingGroupId()));
            }
            scope = Scope.units(units);
        }
        String displayName = account.personId() == null ? account.username() : people.person(account.personId()).fullName();
        String unitName = directory.unit(account.unitId()).name();
        return new Actor(account.id(), account.username(), displayName, account.personId(), account.unitId(), unitName,
                account.workingGroupId(), roles, scope);
    }
}
