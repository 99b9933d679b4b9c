package org.wardops.tasks.internal;

import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

/**
 * Who may do what with a task, asked by every facade of the module: everyone in scope of the lead or the issuing
 * unit, or of a unit coordinating on it, reads it; the lead unit reports on it; the issuing unit decides on it.
 */
public final class TaskAccess {

    /** Roles that issue tasks and decide on them. */
    public static final Role[] ISSUERS = {Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.WORKING_GROUP_LEADER, Role.DEPARTMENT_OFFICER, Role.UNIT_LEADER};
    /** Roles that report progress and completion for their unit. */
    public static final Role[] REPORTERS = {Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER,
            Role.DEPARTMENT_OFFICER, Role.UNIT_LEADER, Role.UNIT_OFFICER};

    private TaskAccess() {
    }

    public static void requireReads(Actor actor, TaskRow task) {
        if (!actor.covers(task.unitId()) && !actor.covers(task.issuingUnitId())) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
    }

    /** Reading also for the units that coordinate on the task. */
    public static void requireReads(Actor actor, TaskRow task, java.util.Collection<java.util.UUID> coordinatingUnits) {
        if (coordinatingUnits.stream().noneMatch(actor::covers)) {
            requireReads(actor, task);
        }
    }

    public static boolean mayReport(Actor actor, TaskRow task) {
        return actor.hasAnyRole(REPORTERS) && actor.covers(task.unitId());
    }

    public static boolean mayDecide(Actor actor, TaskRow task) {
        return actor.hasAnyRole(ISSUERS) && actor.covers(task.issuingUnitId());
    }

    public static void requireReports(Actor actor, TaskRow task) {
        requireReads(actor, task);
        if (!mayReport(actor, task)) {
            throw new AccessRefusedException("tasks.error.task.notYourUnit");
        }
    }

    public static void requireDecides(Actor actor, TaskRow task) {
        requireReads(actor, task);
        if (!mayDecide(actor, task)) {
            throw new AccessRefusedException("tasks.error.task.notIssuer");
        }
    }

    public static void requireOpen(TaskRow task) {
        if (task.cancelledAt() != null) {
            throw new RuleViolationException("tasks.error.task.cancelled");
        }
        if (task.acceptedAt() != null) {
            throw new RuleViolationException("tasks.error.task.alreadyCompleted");
        }
    }

    public static void requireVersion(TaskRow task, long version) {
        if (task.version() != version) {
            throw ConflictException.staleVersion();
        }
    }

}
