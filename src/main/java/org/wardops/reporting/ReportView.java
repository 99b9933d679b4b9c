package org.wardops.reporting;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's report as pages and the API show it.
 *
 * @param answers the answers by field key, as typed
 * @param submittedAt the latest submission
 * @param firstSubmittedAt the first submission, which decides timeliness
 * @param lastEditedBy who saved the answers last, named in a concurrent-edit refusal
 * @param documentNumber the number in the unit's register of reports, taken at the first submission
 * @param readyAt when an officer marked the draft ready for the leader's signature; cleared by submitting or returning
 * @param readyBy who marked it ready
 */
public record ReportView(UUID id, UUID unitId, UUID requestId, UUID templateId, ReportState state, long version,
                         Map<String, String> answers, @Nullable Instant submittedAt, @Nullable Instant firstSubmittedAt,
                         @Nullable String submittedBy, @Nullable Instant acceptedAt, @Nullable String returnReason,
                         @Nullable String lastEditedBy, @Nullable Instant lastEditedAt, @Nullable Integer documentNumber,
                         @Nullable Instant readyAt, @Nullable String readyBy) {

    public ReportView {
        answers = Map.copyOf(answers);
    }

    /** Whether an officer marked the draft ready and the leader has not signed it yet. */
    public boolean readyForSignature() {
        return readyAt != null && state.editableByUnit();
    }

    /** The same report with the readiness mark set or cleared. */
    public ReportView withReady(@Nullable Instant at, @Nullable String by) {
        return new ReportView(id, unitId, requestId, templateId, state, version, answers, submittedAt, firstSubmittedAt, submittedBy,
                acceptedAt, returnReason, lastEditedBy, lastEditedAt, documentNumber, at, by);
    }

    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }
}
