package org.wardops.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.reporting.ReportState;
import org.wardops.reporting.ReportView;
import org.wardops.reporting.ReportStateException;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's report and its life: the unit saves drafts, its leader submits, the working group returns it with a
 * reason or accepts it. Each verb checks the current state and answers the changed report.
 */
public final class Report {

    /** The longest reason a report can be returned with (the column holds 2,000). */
    public static final int RETURN_REASON_LIMIT = TextRules.SHORT;

    private final ReportView view;
    private final UUID requestedById;

    public Report(ReportView view, UUID requestedById) {
        this.view = view;
        this.requestedById = requestedById;
    }

    public ReportView view() {
        return view;
    }

    /** The body that asked for the report (a working group or an office): it returns or accepts it. */
    public UUID requestedById() {
        return requestedById;
    }

    public UUID unitId() {
        return view.unitId();
    }

    public ReportState state() {
        return view.state();
    }

    /** Once submitted, a report stays readable by its reviewers, even when returned for correction. */
    public boolean everSubmitted() {
        return view.firstSubmittedAt() != null;
    }

    public boolean started() {
        return view.lastEditedAt() != null;
    }

    public Report saveDraft(Map<String, String> answers, String by, Instant at) {
        requireEditable();
        return changed(copy(view.state(), answers, view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                view.acceptedAt(), view.returnReason(), by, at, view.documentNumber()));
    }

    /**
     * An officer says the draft is complete and puts it on the leader's list for signature. Only a draft or a returned
     * report can be marked, and only once until the leader signs it or the working group returns it.
     */
    public Report markReadyForSignature(String by, Instant at) {
        requireEditable();
        if (view.readyAt() != null) {
            throw new ReportStateException("reporting.error.report.alreadyReady", view.state(), ReportState.EDITABLE);
        }
        return changed(view.withReady(at, by));
    }

    public Report submit(String by, Instant at, @Nullable Integer documentNumber) {
        requireEditable();
        Instant first = view.firstSubmittedAt() == null ? at : view.firstSubmittedAt();
        Integer number = view.documentNumber() == null ? documentNumber : view.documentNumber();
        return changed(copy(ReportState.SUBMITTED, view.answers(), at, first, by, null, view.returnReason(), view.lastEditedBy(),
                view.lastEditedAt(), number).withReady(null, null));
    }

    public Report returnForCorrection(@Nullable String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reporting.error.report.reasonRequired");
        }
        TextRules.require("reason", reason.strip(), RETURN_REASON_LIMIT, TextRules.Lines.MULTI);
        return changed(copy(ReportState.RETURNED, view.answers(), view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                null, reason.strip(), view.lastEditedBy(), view.lastEditedAt(), view.documentNumber()).withReady(null, null));
    }

    public Report accept(Instant at) {
        requireSubmitted();
        return changed(copy(ReportState.ACCEPTED, view.answers(), view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                at, view.returnReason(), view.lastEditedBy(), view.lastEditedAt(), view.documentNumber()));
    }

    public boolean isFirstSubmission() {
        return view.firstSubmittedAt() == null;
    }

    private void requireEditable() {
        if (!ReportState.EDITABLE.contains(view.state())) {
            throw new ReportStateException("reporting.error.report.notEditable", view.state(), ReportState.EDITABLE);
        }
    }

    private void requireSubmitted() {
        if (!ReportState.AWAITING_DECISION.contains(view.state())) {
            throw new ReportStateException("reporting.error.report.notSubmitted", view.state(), ReportState.AWAITING_DECISION);
        }
    }

    private Report changed(ReportView changed) {
        return new Report(changed, requestedById);
    }

    private ReportView copy(ReportState state, Map<String, String> answers, @Nullable Instant submittedAt, @Nullable Instant firstSubmittedAt,
                            @Nullable String submittedBy, @Nullable Instant acceptedAt, @Nullable String returnReason,
                            @Nullable String lastEditedBy, @Nullable Instant lastEditedAt, @Nullable Integer documentNumber) {
        return new ReportView(view.id(), view.unitId(), view.requestId(), view.templateId(), state, view.version(), answers,
                submittedAt, firstSubmittedAt, submittedBy, acceptedAt, returnReason, lastEditedBy, lastEditedAt, documentNumber,
                view.readyAt(), view.readyBy());
    }
}
