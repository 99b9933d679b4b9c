package org.wardops.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.reporting.internal.ReportTodoStore;
import org.wardops.reporting.internal.ReportTodoStore.Ready;
import org.wardops.reporting.internal.ReportingPolicy;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * What reporting asks of the acting person now, for their home page: the unit's drafts to fill, what was returned,
 * drafts marked ready for the leader's signature, and the submitted reports a working group has to review. Each list
 * keeps to the policy's visibility and to the role that acts on it (the officer fills, the leader signs, the
 * requesting working group decides), and is counted in SQL with only the most urgent rows read.
 */
@Service
@Transactional(readOnly = true)
public class ReportingTodo {

    /** One report on a to-do list, with what the list needs to say about it. */
    public record ReportTodo(UUID reportId, UUID unitId, String requestTitle, java.time.LocalDate deadline, ReportState state,
                             @Nullable String returnReason, @Nullable String readyBy) {
    }

    /** A to-do list: how many there are, and the first of them by deadline. */
    public record Slice(long total, List<ReportTodo> first) {

        public static final Slice EMPTY = new Slice(0, List.of());
    }

    /** The actor's reporting lists; a list the actor has no part in is empty. */
    public record Lists(Slice toFill, Slice returned, Slice toSign, Slice toReview) {
    }

    private final ReportTodoStore store;
    private final ReportingPolicy policy;

    ReportingTodo(ReportTodoStore store, ReportingPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    public Lists lists(int limit) {
        Actor actor = CurrentActor.get();
        UUID unit = actor.unitId();
        Slice toFill = Slice.EMPTY;
        Slice returned = Slice.EMPTY;
        Slice toSign = Slice.EMPTY;
        if (unit != null && policy.preparesReports(actor)) {
            toFill = store.find(unit, null, EnumSet.of(ReportState.DRAFT), Ready.NOT_MARKED, policy.visible(actor), limit);
        }
        if (unit != null && (policy.preparesReports(actor) || policy.signsReports(actor))) {
            returned = store.find(unit, null, EnumSet.of(ReportState.RETURNED), Ready.NOT_MARKED, policy.visible(actor), limit);
        }
        if (unit != null && policy.signsReports(actor)) {
            toSign = store.find(unit, null, ReportState.EDITABLE, Ready.MARKED, policy.visible(actor), limit);
        }
        UUID group = policy.reviewingGroup(actor);
        Slice toReview = group == null ? Slice.EMPTY
                : store.find(null, group, ReportState.AWAITING_DECISION, Ready.ANY, policy.visible(actor), limit);
        return new Lists(toFill, returned, toSign, toReview);
    }

}
