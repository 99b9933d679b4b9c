package org.wardops.directory.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryAction;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in the directory; the facades ask it before every change, pages and the API's {@code actions}
 * ask it what to offer. The directory is readable by everyone logged in, so lists need no visibility predicate.
 * <ul>
 *   <li>People of a unit are kept by that unit: its leaders and officers (for a working group its leader, for a
 *   department its officers) — the unit itself, not whoever's scope covers it — and by the administrator.</li>
 *   <li>Units, supervision, group membership, lineage and the official list are the administrator's.</li>
 * </ul>
 */
@Component
public class DirectoryPolicy {

    /** Roles that keep the people of their own unit. */
    private static final Set<Role> KEEPERS_OF_OWN_UNIT = EnumSet.of(Role.UNIT_LEADER, Role.UNIT_OFFICER,
            Role.WORKING_GROUP_LEADER, Role.DEPARTMENT_OFFICER);

    /** Whether the actor may take the action on the records of the unit (null for actions not about one unit). */
    public boolean allowed(Actor actor, DirectoryAction action, @Nullable UUID unitId) {
        return switch (action) {
            case READ -> true;
            case ADD_PERSON, CHANGE_PERSON -> actor.hasRole(Role.SYSTEM_ADMIN)
                    || (unitId != null && unitId.equals(actor.unitId()) && KEEPERS_OF_OWN_UNIT.stream().anyMatch(actor::hasRole));
            case CREATE_UNIT, ASSIGN_SUPERVISION, ADD_GROUP_MEMBER, RECORD_SUCCESSION, IMPORT_UNITS -> actor.hasRole(Role.SYSTEM_ADMIN);
        };
    }

    public void require(Actor actor, DirectoryAction action, @Nullable UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw switch (action) {
                case ADD_PERSON, CHANGE_PERSON -> new AccessRefusedException("directory.error.person.outsideScope");
                default -> AccessRefusedException.missingRole();
            };
        }
    }

    /** Every action the actor may take on the unit's records. */
    public Set<DirectoryAction> allowedOn(Actor actor, @Nullable UUID unitId) {
        Set<DirectoryAction> allowed = EnumSet.noneOf(DirectoryAction.class);
        for (DirectoryAction action : DirectoryAction.values()) {
            if (allowed(actor, action, unitId)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
