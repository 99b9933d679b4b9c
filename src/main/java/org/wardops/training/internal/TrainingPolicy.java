package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.training.TrainingAction;

import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in training. The catalogue, courses and sessions are read by everyone logged in. The departments
 * (department officers: Home Affairs, Science and Technology) and administrators manage courses, sessions, enrolments,
 * attendance and scores and decide training requests. A unit's leaders and officers request training for their OWN
 * unit. A unit's people (names, scores, certificates), requests and coverage are read by the unit itself, the working
 * group that supervises it, the managers, the city leader and auditors — the same readers as the staff register they
 * come from. Volunteers see no one's. The system account (demo data) may do everything.
 */
@Component
public class TrainingPolicy {

    /** The units whose people an actor sees, as a predicate for lists. */
    public record Visible(boolean all, Set<UUID> unitIds) {

        public boolean includes(UUID unitId) {
            return all || unitIds.contains(unitId);
        }

        /** An SQL condition on the column, with {@code :visibleUnits} bound to {@link #unitIds()} when it is named. */
        public String condition(String column) {
            if (all) {
                return "1 = 1";
            }
            return unitIds.isEmpty() ? "1 = 0" : column + " IN (:visibleUnits)";
        }
    }

    private static final Set<Role> UNIT_STAFF = Set.of(Role.UNIT_LEADER, Role.UNIT_OFFICER);
    private static final Set<Role> GROUP_ROLES = Set.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);

    public boolean allowed(Actor actor, TrainingAction action, @Nullable UUID unitId) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (action) {
            case MANAGE -> manages(actor);
            case REQUEST -> unitId != null && ownUnit(actor, unitId);
            case READ_UNIT -> unitId != null && (readsCity(actor) || ownUnit(actor, unitId) || supervises(actor, unitId));
        };
    }

    public void require(Actor actor, TrainingAction action, @Nullable UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw new AccessRefusedException(switch (action) {
                case MANAGE -> "training.error.access.manage";
                case REQUEST -> "training.error.access.request";
                case READ_UNIT -> "training.error.access.read";
            });
        }
    }

    public Visible visible(Actor actor) {
        if (actor.isSystem() || readsCity(actor)) {
            return new Visible(true, Set.of());
        }
        if (GROUP_ROLES.stream().anyMatch(actor::hasRole)) {
            return new Visible(false, actor.scope().unitIds());
        }
        if (UNIT_STAFF.stream().anyMatch(actor::hasRole) && actor.unitId() != null) {
            return new Visible(false, Set.of(actor.unitId()));
        }
        return new Visible(false, Set.of());
    }

    private static boolean manages(Actor actor) {
        return actor.hasAnyRole(Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICER);
    }

    private static boolean readsCity(Actor actor) {
        return manages(actor) || actor.hasAnyRole(Role.CITY_LEADER, Role.AUDITOR);
    }

    private static boolean ownUnit(Actor actor, UUID unitId) {
        return unitId.equals(actor.unitId()) && UNIT_STAFF.stream().anyMatch(actor::hasRole);
    }

    private static boolean supervises(Actor actor, UUID unitId) {
        return GROUP_ROLES.stream().anyMatch(actor::hasRole) && actor.covers(unitId) && !unitId.equals(actor.workingGroupId());
    }
}
