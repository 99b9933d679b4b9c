package org.wardops.capacity.internal;

import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a unit's capacity records (staff, assets, infrastructure, readiness). A unit's own leaders and
 * officers keep them; the working group that supervises the unit and the city (administrators, city leaders,
 * auditors, the departments) read them; a working group also drafts a difficulty from a unit's gap. Volunteers and
 * other units see nothing.
 */
@Component
public class CapacityPolicy {

    public enum Action {
        /** Read the unit's staff, assets, infrastructure and readiness. */
        READ,
        /** Record or change the unit's staff, assets and infrastructure, and import its inventory. */
        EDIT,
        /** Draft a difficulty of the unit from one of its gaps. */
        DRAFT_DIFFICULTY
    }

    /** The units whose records an actor reads, as a predicate for lists: all of them, or the listed ones (maybe none). */
    public record Visible(boolean all, Set<UUID> unitIds) {

        /** An SQL condition on the column, with {@code :visibleUnits} bound to {@link #unitIds()} when it is named. */
        public String condition(String column) {
            if (all) {
                return "1 = 1";
            }
            return unitIds.isEmpty() ? "1 = 0" : column + " IN (:visibleUnits)";
        }
    }

    private static final Set<Role> CITY_READERS = Set.of(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR, Role.DEPARTMENT_OFFICER);
    private static final Set<Role> UNIT_KEEPERS = Set.of(Role.UNIT_LEADER, Role.UNIT_OFFICER);
    private static final Set<Role> GROUP_ROLES = Set.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);

    public boolean allowed(Actor actor, Action action, UUID unitId) {
        return switch (action) {
            case READ -> keeps(actor, unitId) || readsCity(actor) || supervises(actor, unitId);
            case EDIT -> keeps(actor, unitId);
            case DRAFT_DIFFICULTY -> keeps(actor, unitId) || supervises(actor, unitId);
        };
    }

    public void require(Actor actor, Action action, UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw new AccessRefusedException(action == Action.READ ? "capacity.error.access.read" : "capacity.error.access.edit");
        }
    }

    /** Whether the actor may rescore every unit (the monthly snapshot again): administrators and WardOps itself. */
    public boolean mayRecompute(Actor actor) {
        return actor.isSystem() || actor.hasRole(Role.SYSTEM_ADMIN);
    }

    public Visible visible(Actor actor) {
        if (actor.isSystem() || readsCity(actor)) {
            return new Visible(true, Set.of());
        }
        if (GROUP_ROLES.stream().anyMatch(actor::hasRole)) {
            return new Visible(false, actor.scope().unitIds());
        }
        if (UNIT_KEEPERS.stream().anyMatch(actor::hasRole) && actor.unitId() != null) {
            return new Visible(false, Set.of(actor.unitId()));
        }
        return new Visible(false, Set.of());
    }

    private static boolean keeps(Actor actor, UUID unitId) {
        return actor.isSystem() || (UNIT_KEEPERS.stream().anyMatch(actor::hasRole) && unitId.equals(actor.unitId()));
    }

    private static boolean readsCity(Actor actor) {
        return CITY_READERS.stream().anyMatch(actor::hasRole);
    }

    private static boolean supervises(Actor actor, UUID unitId) {
        return GROUP_ROLES.stream().anyMatch(actor::hasRole) && actor.covers(unitId) && !unitId.equals(actor.workingGroupId());
    }
}
