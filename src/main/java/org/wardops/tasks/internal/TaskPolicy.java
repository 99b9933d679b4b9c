package org.wardops.tasks.internal;

import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.tasks.TaskAction;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a task: the one place the module decides it. "Scope covers the unit" only lets a person read;
 * every other action names whose it is ({@link TaskAction.Who}):
 * <ul>
 * <li>the lead unit's own people report (progress, completion, due-date requests, milestones reached, quantities, the
 * year-end confirmations): an account of that unit with a working role, never a supervising body;</li>
 * <li>the issuing unit decides (accept, return, cancel, change, due-date decisions): an account of that unit with
 * its leading role (unit leader, city leader, department officer; for a working group, its leader) — so the lead
 * unit reports and the issuer accepts, and nobody accepts their own completion;</li>
 * <li>the working group supervising the lead unit records progress on its behalf during a session, as a separate
 * action audited as "on behalf of".</li>
 * </ul>
 * WardOps itself ({@link Actor#isSystem()}: imports, the demo, jobs) acts as the lead unit and the issuer.
 */
@Component
public class TaskPolicy {

    /** Roles of a unit's own people who report for it. */
    private static final Set<Role> REPORTERS = EnumSet.of(Role.CITY_LEADER, Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER,
            Role.DEPARTMENT_OFFICER, Role.UNIT_LEADER, Role.UNIT_OFFICER);
    /** Roles that lead a unit: they issue its tasks and decide on them. */
    private static final Set<Role> DECIDERS = EnumSet.of(Role.CITY_LEADER, Role.WORKING_GROUP_LEADER, Role.DEPARTMENT_OFFICER, Role.UNIT_LEADER);

    /** Refuses the action unless the actor is the one it belongs to; the aggregate then checks the stage. */
    public void require(Actor actor, TaskAction action, Task task) {
        if (!reads(actor, task)) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
        if (!may(actor, action, task)) {
            throw new AccessRefusedException(switch (action.who()) {
                case ISSUER -> "tasks.error.task.notIssuer";
                case SUPERVISOR -> "tasks.error.task.notSupervisor";
                case LEAD_UNIT_DECIDER -> "tasks.error.task.notLeadUnitLeader";
                default -> "tasks.error.task.notYourUnit";
            });
        }
    }

    /** The actions the actor may take on the task now: theirs by {@link #may} and allowed by the task's stage. */
    public Set<TaskAction> allowed(Actor actor, Task task) {
        Set<TaskAction> result = EnumSet.noneOf(TaskAction.class);
        if (!reads(actor, task)) {
            return result;
        }
        for (TaskAction action : task.actions()) {
            if (may(actor, action, task)) {
                result.add(action);
            }
        }
        return result;
    }

    /** Whether the action is the actor's, whatever the task's stage. */
    public boolean may(Actor actor, TaskAction action, Task task) {
        return switch (action.who()) {
            case READER -> reads(actor, task);
            case LEAD_UNIT -> ofLeadUnit(actor, task);
            case LEAD_UNIT_DECIDER -> actor.isSystem() || (leads(actor, task.unitId()) && actor.covers(task.unitId()));
            case ISSUER -> issues(actor, task);
            case LEAD_UNIT_OR_ISSUER -> ofLeadUnit(actor, task) || issues(actor, task);
            case SUPERVISOR -> supervises(actor, task);
        };
    }

    /** Whether the actor may issue tasks at all: from their own unit, as its leader. */
    public boolean mayIssue(Actor actor) {
        return actor.isSystem() || (actor.unitId() != null && actor.roles().stream().anyMatch(DECIDERS::contains));
    }

    /** Refuses issuing a task unless the actor leads their unit and the lead unit is in their scope. */
    public void requireIssues(Actor actor, UUID leadUnitId) {
        if (!mayIssue(actor)) {
            throw AccessRefusedException.missingRole();
        }
        if (!actor.covers(leadUnitId)) {
            throw new AccessRefusedException("tasks.error.task.outsideScope");
        }
    }

    /** Publishing every unit-month's figures again, and the daily refresh, are for administrators (and the system). */
    public void requireFiguresRebuild(Actor actor) {
        if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** The list of open tasks due on given days is for the reminder job, which runs as an administrator (the system). */
    public void requireListsDueTasks(Actor actor) {
        if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** Whether the actor reads the task: their scope covers its lead, issuing or a coordinating unit. */
    public boolean reads(Actor actor, Task task) {
        return actor.covers(task.unitId()) || actor.covers(task.issuingUnitId()) || task.coordinatingUnitIds().stream().anyMatch(actor::covers);
    }

    /**
     * The SQL condition (on {@code tasks_task t}) for the tasks the actor reads, with its parameters: the same rule as
     * {@link #reads}, so that lists and counts never show what the task page would refuse.
     */
    public Visibility visible(Actor actor) {
        if (actor.scope().cityWide()) {
            return new Visibility("1 = 1", Map.of());
        }
        List<UUID> scope = actor.scope().unitIds().isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(actor.scope().unitIds());
        return new Visibility("(t.unit_id IN (:visibleUnits) OR t.issuing_unit_id IN (:visibleUnits) OR EXISTS (SELECT 1 FROM "
                + "tasks_coordinating_unit cu WHERE cu.task_id = t.id AND cu.unit_id IN (:visibleUnits)))", Map.of("visibleUnits", scope));
    }

    /** An SQL condition and its named parameters. */
    public record Visibility(String sql, Map<String, Object> params) {
    }

    private boolean ofLeadUnit(Actor actor, Task task) {
        return actor.isSystem() || (task.unitId().equals(actor.unitId()) && actor.roles().stream().anyMatch(REPORTERS::contains));
    }

    private boolean issues(Actor actor, Task task) {
        return actor.isSystem() || leads(actor, task.issuingUnitId());
    }

    /** The actor belongs to the unit and holds its leading role; for a working group that is the group's leader. */
    private static boolean leads(Actor actor, UUID unitId) {
        if (!unitId.equals(actor.unitId())) {
            return false;
        }
        if (unitId.equals(actor.workingGroupId())) {
            return actor.hasRole(Role.WORKING_GROUP_LEADER);
        }
        return actor.roles().stream().anyMatch(DECIDERS::contains);
    }

    /** A member of the working group whose assigned units include the lead unit (never the group's own tasks). */
    private static boolean supervises(Actor actor, Task task) {
        return actor.workingGroupId() != null && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER)
                && !task.unitId().equals(actor.unitId()) && !task.unitId().equals(actor.workingGroupId()) && actor.covers(task.unitId());
    }
}
