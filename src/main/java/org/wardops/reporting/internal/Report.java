package org.wardops.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.reporting.ReportState;
import org.wardops.reporting.ReportView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.util.Map;

/**
 * A unit's report and its life: the unit saves drafts, its leader submits, the working group returns it with a
 * reason or accepts it. Each verb checks the current state and answers the changed report.
 */
public final class Report {

    private final ReportView view;

    public Report(ReportView view) {
        this.view = view;
    }

    public ReportView view() {
        return view;
    }

    public boolean started() {
        return view.lastEditedAt() != null;
    }

    public Report saveDraft(Map<String, String> answers, String by, Instant at) {
        requireEditable();
        return new Report(copy(view.state(), answers, view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                view.acceptedAt(), view.returnReason(), by, at, view.documentNumber()));
    }

    public Report submit(String by, Instant at, @Nullable Integer documentNumber) {
        requireEditable();
        Instant first = view.firstSubmittedAt() == null ? at : view.firstSubmittedAt();
        Integer number = view.documentNumber() == null ? documentNumber : view.documentNumber();
        return new Report(copy(ReportState.SUBMITTED, view.answers(), at, first, by, null, view.returnReason(), view.lastEditedBy(),
                view.lastEditedAt(), number));
    }

    public Report returnForCorrection(@Nullable String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reporting.error.report.reasonRequired");
        }
        return new Report(copy(ReportState.RETURNED, view.answers(), view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                null, reason.strip(), view.lastEditedBy(), view.lastEditedAt(), view.documentNumber()));
    }

    public Report accept(Instant at) {
        requireSubmitted();
        return new Report(copy(ReportState.ACCEPTED, view.answers(), view.submittedAt(), view.firstSubmittedAt(), view.submittedBy(),
                at, view.returnReason(), view.lastEditedBy(), view.lastEditedAt(), view.documentNumber()));
    }

    public boolean isFirstSubmission() {
        return view.firstSubmittedAt() == null;
    }

    private void requireEditable() {
        if (!view.state().editableByUnit()) {
            throw new ConflictException("reporting.error.report.notEditable", view.state().name());
        }
    }

    private void requireSubmitted() {
        if (view.state() != ReportState.SUBMITTED) {
            throw new ConflictException("reporting.error.report.notSubmitted", view.state().name());
        }
    }

    private ReportView copy(ReportState state, Map<String, String> answers, @Nullable Instant submittedAt, @Nullable Instant firstSubmittedAt,
                            @Nullable String submittedBy, @Nullable Instant acceptedAt, @Nullable String returnReason,
                            @Nullable String lastEditedBy, @Nullable Instant lastEditedAt, @Nullable Integer documentNumber) {
        return new ReportView(view.id(), view.unitId(), view.requestId(), view.templateId(), state, view.version(), answers,
                submittedAt, firstSubmittedAt, submittedBy, acceptedAt, returnReason, lastEditedBy, lastEditedAt, documentNumber);
    }
}
