package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.DifficultyAction;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.Severity;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A difficulty as stored. State changes are verbs that check the current state and answer the changed difficulty;
 * a verb called in the wrong state is refused with a message naming that state.
 */
public record Difficulty(
        UUID id,
        UUID unitId,
        String unitName,
        String title,
        String description,
        String recommendation,
        String category,
        Severity severity,
        Addressee addressee,
        String addresseeName,
        DifficultySource source,
        @Nullable String sourceRef,
        @Nullable UUID sourceId,
        boolean confidential,
        DifficultyState state,
        @Nullable String assignee,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate answeredOn,
        UUID createdBy,
        Instant createdAt,
        long version) {

    /** The one table of what each state allows; the verbs check it and pages and the API offer it (narrowed by the policy). */
    private static final Map<DifficultyState, Set<DifficultyAction>> ACTIONS = actionTable();

    private static Map<DifficultyState, Set<DifficultyAction>> actionTable() {
        Set<DifficultyAction> comments = EnumSet.of(DifficultyAction.FEEDBACK, DifficultyAction.QUESTION, DifficultyAction.REPLY,
                DifficultyAction.COSIGN);
        Map<DifficultyState, Set<DifficultyAction>> table = new EnumMap<>(DifficultyState.class);
        table.put(DifficultyState.DRAFT, EnumSet.of(DifficultyAction.EDIT, DifficultyAction.SUBMIT, DifficultyAction.ATTACH));
        for (DifficultyState waiting : List.of(DifficultyState.SUBMITTED, DifficultyState.FORWARDED, DifficultyState.ESCALATED)) {
            table.put(waiting, union(comments, DifficultyAction.ACCEPT, DifficultyAction.ANSWER, DifficultyAction.DECLINE, DifficultyAction.ATTACH));
        }
        table.put(DifficultyState.IN_PROGRESS, union(comments, DifficultyAction.ANSWER, DifficultyAction.FORWARD, DifficultyAction.ESCALATE,
                DifficultyAction.DECLINE, DifficultyAction.ATTACH));
        table.put(DifficultyState.ANSWERED, union(comments, DifficultyAction.RESOLVE, DifficultyAction.REOPEN, DifficultyAction.ATTACH));
        table.put(DifficultyState.RESOLVED, EnumSet.copyOf(comments));
        table.put(DifficultyState.DECLINED, EnumSet.copyOf(comments));
        return table;
    }

    private static Set<DifficultyAction> union(Set<DifficultyAction> base, DifficultyAction... more) {
        Set<DifficultyAction> union = EnumSet.copyOf(base);
        union.addAll(List.of(more));
        return union;
    }

    /** The states in which the action is possible: for SQL, which takes its state sets from here. */
    public static Set<DifficultyState> statesAllowing(DifficultyAction action) {
        Set<DifficultyState> states = EnumSet.noneOf(DifficultyState.class);
        ACTIONS.forEach((state, actions) -> {
            if (actions.contains(action)) {
                states.add(state);
            }
        });
        return states;
    }

    /** The actions the current state allows, whoever acts. */
    public Set<DifficultyAction> actionsOfState() {
        return EnumSet.copyOf(ACTIONS.get(state));
    }

    public Difficulty edit(String newTitle, String newDescription, String newRecommendation, String newCategory, Severity newSeverity,
                           Addressee newAddressee, String newAddresseeName, DifficultySource newSource, @Nullable String newSourceRef,
                           @Nullable UUID newSourceId, boolean newConfidential) {
        require(DifficultyAction.EDIT);
        return new Difficulty(id, unitId, unitName, newTitle, newDescription, newRecommendation, newCategory, newSeverity, newAddressee,
                newAddresseeName, newSource, newSourceRef, newSourceId, newConfidential, state, assignee, submittedOn, dueDate, answeredOn, createdBy,
                createdAt, version);
    }

    public Difficulty submit(LocalDate today, LocalDate due) {
        require(DifficultyAction.SUBMIT);
        return with(DifficultyState.SUBMITTED, addressee, addresseeName, assignee, today, due, answeredOn);
    }

    public Difficulty accept(String newAssignee) {
        require(DifficultyAction.ACCEPT);
        return with(DifficultyState.IN_PROGRESS, addressee, addresseeName, newAssignee, submittedOn, dueDate, answeredOn);
    }

    /** An answer given straight from the inbox also accepts the difficulty; the first answer's day counts for timeliness. */
    public Difficulty answer(LocalDate today, String answeredBy) {
        return answer(today, answeredBy, null);
    }

    /** The same, with the handler chosen from the addressee's people at the time of answering. */
    public Difficulty answer(LocalDate today, String answeredBy, @Nullable String handler) {
        require(DifficultyAction.ANSWER);
        String handledBy = handler != null ? handler : assignee == null ? answeredBy : assignee;
        return with(DifficultyState.ANSWERED, addressee, addresseeName, handledBy, submittedOn, dueDate, answeredOn == null ? today : answeredOn);
    }

    public Difficulty resolve() {
        require(DifficultyAction.RESOLVE);
        return with(DifficultyState.RESOLVED, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public Difficulty reopen() {
        require(DifficultyAction.REOPEN);
        return with(DifficultyState.IN_PROGRESS, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public Difficulty forward(Addressee to, String toName, LocalDate due) {
        require(DifficultyAction.FORWARD);
        if (to.equals(addressee)) {
            throw new RuleViolationException("difficulties.error.difficulty.forwardToSelf");
        }
        return with(DifficultyState.FORWARDED, to, toName, null, submittedOn, due, answeredOn);
    }

    public Difficulty escalate(String cityLeadershipName, LocalDate due) {
        require(DifficultyAction.ESCALATE);
        if (addressee.type() == AddresseeType.CITY_LEADERSHIP) {
            throw new RuleViolationException("difficulties.error.difficulty.alreadyAtCityLeadership");
        }
        return with(DifficultyState.ESCALATED, new Addressee(AddresseeType.CITY_LEADERSHIP, null), cityLeadershipName, null, submittedOn,
                due, answeredOn);
    }

    public Difficulty decline() {
        require(DifficultyAction.DECLINE);
        return with(DifficultyState.DECLINED, addressee, addresseeName, assignee, submittedOn, dueDate, answeredOn);
    }

    public boolean isOverdue(LocalDate today) {
        return state.awaitsAnswer() && dueDate != null && dueDate.isBefore(today);
    }

    /** Refuses an action the current state does not allow, naming the current state and the states that would. */
    public void require(DifficultyAction action) {
        if (!ACTIONS.get(state).contains(action)) {
            throw new DifficultyStateException(state, statesAllowing(action));
        }
    }

    private Difficulty with(DifficultyState newState, Addressee newAddressee, String newAddresseeName, @Nullable String newAssignee,
                            @Nullable LocalDate newSubmittedOn, @Nullable LocalDate newDueDate, @Nullable LocalDate newAnsweredOn) {
        return new Difficulty(id, unitId, unitName, title, description, recommendation, category, severity, newAddressee, newAddresseeName,
                source, sourceRef, sourceId, confidential, newState, newAssignee, newSubmittedOn, newDueDate, newAnsweredOn, createdBy, createdAt, version);
    }
}
