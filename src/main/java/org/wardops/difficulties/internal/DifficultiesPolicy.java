package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.CommonDifficultyAction;
import org.wardops.difficulties.DifficultyAction;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.ProposalAction;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with difficulties, common difficulties and proposals: the one place that answers "may this actor
 * do this action on this record" ({@code require}, {@code allowed}) and which rows a list shows ({@link #visible}).
 * Each action names the body it needs: the raising unit, the addressee (the answering body), the owning working group
 * of a common difficulty or proposal, the city leadership for decisions. A role alone is never enough. The system
 * account (demo data, jobs) may do everything; the administrator is not a business actor here.
 */
@Component
public class DifficultiesPolicy {

    private static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_LEADER, Role.UNIT_OFFICER);

    // --- difficulties -------------------------------------------------------------------------------------------

    /** Publishing every unit-month's figures again is for administrators (and the system). */
    public void requireFiguresRebuild(Actor actor) {
        if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** The grouping's thesaurus and tuning are the deployment's configuration: administrators (and the system, for the nightly tuning). */
    public boolean mayAdministerGrouping(Actor actor) {
        return actor.isSystem() || actor.hasRole(Role.SYSTEM_ADMIN);
    }

    public void requireGroupingAdministration(Actor actor) {
        if (!mayAdministerGrouping(actor)) {
            throw AccessRefusedException.missingRole();
        }
    }

    /** The actions the difficulty's state allows (from the aggregate), narrowed to the body the actor acts for. */
    public Set<DifficultyAction> allowed(Actor actor, Difficulty d, Set<UUID> cosigningUnits) {
        Set<DifficultyAction> allowed = EnumSet.noneOf(DifficultyAction.class);
        for (DifficultyAction action : d.actionsOfState()) {
            if (may(actor, action, d) && (action != DifficultyAction.COSIGN || !cosigningUnits.contains(actor.unitId()))) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public void require(Actor actor, DifficultyAction action, Difficulty d) {
        if (!may(actor, action, d)) {
            throw refusal(action, d);
        }
    }

    /** Whether the actor's body may do the action on the difficulty, whatever its state. */
    public boolean may(Actor actor, DifficultyAction action, Difficulty d) {
        return switch (action) {
            case EDIT -> mayRecordFor(actor, d.unitId());
            case SUBMIT -> maySubmit(actor, d);
            case ACCEPT, ANSWER, DECLINE, FORWARD, QUESTION -> isAddressee(actor, d);
            case ESCALATE -> isAddressee(actor, d) && mayEscalate(actor, d);
            case RESOLVE, REOPEN, REPLY -> isRaisingUnit(actor, d);
            case ATTACH -> mayRecordFor(actor, d.unitId()) || (d.state() != DifficultyState.DRAFT && isAddressee(actor, d));
            case FEEDBACK -> isAddressee(actor, d) || (inWorkingGroup(actor) && actor.covers(d.unitId()));
            case COSIGN -> isOtherUnit(actor, d) && !d.confidential();
        };
    }

    /** Whether the actor may raise a difficulty for the unit: its own officers and leaders, its supervising working group, the system. */
    public boolean mayRecordFor(Actor actor, UUID unitId) {
        if (actor.isSystem()) {
            return true;
        }
        if (unitId.equals(actor.unitId()) && UNIT_ROLES.stream().anyMatch(actor::hasRole)) {
            return true;
        }
        return inWorkingGroup(actor) && actor.covers(unitId) && !unitId.equals(actor.workingGroupId());
    }

    /** Whether the actor may raise difficulties for any unit at all (the page offers the form only then). */
    public boolean mayRecordAny(Actor actor) {
        return actor.isSystem() || (actor.unitId() != null && UNIT_ROLES.stream().anyMatch(actor::hasRole)) || inWorkingGroup(actor);
    }

    /** Whether the actor reads the difficulty: scope, addressee, or any unit's submitted, non-confidential difficulty. */
    public boolean readable(Actor actor, Difficulty d) {
        return actor.scope().cityWide() || actor.covers(d.unitId())
                || (d.state() != DifficultyState.DRAFT && (!d.confidential() || isAddressee(actor, d)));
    }

    /** Whether a common difficulty or proposal may name the difficulty's unit to the actor: confidential ones are counted, not shown. */
    public boolean namesUnit(Actor actor, Difficulty d) {
        return !d.confidential() || actor.isSystem() || actor.covers(d.unitId());
    }

    /** The SQL visibility of difficulty lists for the actor (see {@link DifficultyStore}). */
    public Visibility visible(Actor actor) {
        Set<UUID> addressedTo = new HashSet<>();
        if (actor.unitId() != null && actor.hasRole(Role.DEPARTMENT_OFFICER)) {
            addressedTo.add(actor.unitId());
        }
        if (actor.workingGroupId() != null && inWorkingGroup(actor)) {
            addressedTo.add(actor.workingGroupId());
        }
        return new Visibility(actor.scope().cityWide() || actor.isSystem(), actor.scope().unitIds(), addressedTo);
    }

    /** The answering bodies whose inbox is the actor's: their working group, their department (the city leadership by role). */
    public Set<UUID> inboxOf(Actor actor) {
        return visible(actor).addressedTo();
    }

    /** A working group's board: its own leader and members, and readers with a city-wide scope. */
    public void requireBoard(Actor actor, UUID workingGroupId) {
        boolean ownGroup = workingGroupId.equals(actor.workingGroupId()) && inWorkingGroup(actor);
        if (!ownGroup && !actor.scope().cityWide() && !actor.isSystem()) {
            throw AccessRefusedException.outsideScope();
        }
    }

    public boolean isAddressee(Actor actor, Difficulty d) {
        if (actor.isSystem()) {
            return true;
        }
        Addressee addressee = d.addressee();
        return switch (addressee.type()) {
            case WORKING_GROUP -> addressee.unitId() != null && addressee.unitId().equals(actor.workingGroupId()) && inWorkingGroup(actor);
            case DEPARTMENT -> addressee.unitId() != null && addressee.unitId().equals(actor.unitId()) && actor.hasRole(Role.DEPARTMENT_OFFICER);
            case CITY_LEADERSHIP -> actor.hasRole(Role.CITY_LEADER);
        };
    }

    /** Officers draft; the unit's leader submits (or the working group for what it recorded on the unit's behalf). */
    private static boolean maySubmit(Actor actor, Difficulty d) {
        if (actor.isSystem()) {
            return true;
        }
        if (d.unitId().equals(actor.unitId()) && actor.hasRole(Role.UNIT_LEADER)) {
            return true;
        }
        return inWorkingGroup(actor) && actor.covers(d.unitId()) && !d.unitId().equals(actor.workingGroupId());
    }

    /** Only a working group's leader (or a department) takes a difficulty to the city leadership. */
    private static boolean mayEscalate(Actor actor, Difficulty d) {
        return actor.isSystem() || switch (d.addressee().type()) {
            case WORKING_GROUP -> actor.hasRole(Role.WORKING_GROUP_LEADER);
            case DEPARTMENT -> actor.hasRole(Role.DEPARTMENT_OFFICER);
            case CITY_LEADERSHIP -> false;
        };
    }

    private static boolean isRaisingUnit(Actor actor, Difficulty d) {
        return actor.isSystem() || (d.unitId().equals(actor.unitId()) && UNIT_ROLES.stream().anyMatch(actor::hasRole));
    }

    private static boolean isOtherUnit(Actor actor, Difficulty d) {
        return actsForUnit(actor) && !d.unitId().equals(actor.unitId());
    }

    /** A unit's own officer or leader: who may co-sign ("we have this too") for their unit. */
    public static boolean actsForUnit(Actor actor) {
        return actor.unitId() != null && UNIT_ROLES.stream().anyMatch(actor::hasRole);
    }

    private static AccessRefusedException refusal(DifficultyAction action, Difficulty d) {
        return switch (action) {
            case EDIT -> new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
            case SUBMIT -> new AccessRefusedException("difficulties.error.difficulty.submitNotAllowed");
            case ACCEPT, ANSWER, DECLINE, FORWARD -> new AccessRefusedException("difficulties.error.difficulty.notAddressee", d.addresseeName());
            case ESCALATE -> new AccessRefusedException("difficulties.error.difficulty.escalateNotAllowed");
            case RESOLVE, REOPEN -> new AccessRefusedException("difficulties.error.difficulty.raisingUnitOnly", d.unitName());
            case ATTACH -> new AccessRefusedException("difficulties.error.attachment.notAllowed");
            case COSIGN -> new AccessRefusedException("difficulties.error.cosign.unitsOnly");
            case FEEDBACK, QUESTION, REPLY -> new AccessRefusedException("difficulties.error.entry.notAllowed");
        };
    }

    // --- common difficulties ------------------------------------------------------------------------------------

    /** Whether the actor groups difficulties and drafts proposals at all: working groups and the city leadership. */
    public boolean mayGroup(Actor actor) {
        return actor.isSystem() || inWorkingGroup(actor) || actor.hasRole(Role.CITY_LEADER);
    }

    public void requireGrouping(Actor actor) {
        if (!mayGroup(actor)) {
            throw AccessRefusedException.missingRole();
        }
    }

    public Set<CommonDifficultyAction> allowed(Actor actor, CommonDifficulty common) {
        Set<CommonDifficultyAction> allowed = EnumSet.noneOf(CommonDifficultyAction.class);
        for (CommonDifficultyAction action : CommonDifficultyAction.values()) {
            if (may(actor, action, common)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public void require(Actor actor, CommonDifficultyAction action, CommonDifficulty common) {
        if (!may(actor, action, common)) {
            throw new AccessRefusedException("difficulties.error.common.owningGroupOnly");
        }
    }

    /**
     * Adding members: the owning working group (leader or member), or the city leadership for a common difficulty of
     * the city office. Proposing: the owning group, and for the city office's common difficulties every working group.
     */
    public boolean may(Actor actor, CommonDifficultyAction action, CommonDifficulty common) {
        if (actor.isSystem()) {
            return true;
        }
        UUID group = common.workingGroupId();
        return switch (action) {
            case ADD_MEMBERS -> group == null ? actor.hasRole(Role.CITY_LEADER) : memberOf(actor, group);
            case PROPOSE -> group == null ? mayGroup(actor) : memberOf(actor, group);
        };
    }

    // --- proposals ----------------------------------------------------------------------------------------------

    /** The actions the proposal's state allows (from the aggregate), narrowed to the body the actor acts for. */
    public Set<ProposalAction> allowed(Actor actor, Proposal proposal) {
        Set<ProposalAction> allowed = EnumSet.noneOf(ProposalAction.class);
        for (ProposalAction action : proposal.actionsOfState()) {
            if (may(actor, action, proposal)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public void require(Actor actor, ProposalAction action, Proposal proposal) {
        if (!may(actor, action, proposal)) {
            throw action == ProposalAction.DECIDE ? new AccessRefusedException("difficulties.error.proposal.cityLeadershipDecides")
                    : new AccessRefusedException("difficulties.error.proposal.owningGroupOnly");
        }
    }

    /** Deciding: the city leadership. Submitting, implementing, completing: the owning working group's leader (the city leadership for its own). */
    public boolean may(Actor actor, ProposalAction action, Proposal proposal) {
        if (actor.isSystem()) {
            return true;
        }
        if (action == ProposalAction.DECIDE) {
            return actor.hasRole(Role.CITY_LEADER);
        }
        return leads(actor, proposal.workingGroupId());
    }

    private static boolean leads(Actor actor, @Nullable UUID group) {
        return group == null ? actor.hasRole(Role.CITY_LEADER) : group.equals(actor.workingGroupId()) && actor.hasRole(Role.WORKING_GROUP_LEADER);
    }

    private static boolean memberOf(Actor actor, UUID group) {
        return group.equals(actor.workingGroupId()) && inWorkingGroup(actor);
    }

    private static boolean inWorkingGroup(Actor actor) {
        return actor.workingGroupId() != null && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);
    }
}
