package org.wardops.reporting;

import org.junit.jupiter.api.Test;
import org.wardops.reporting.internal.Report;
import org.wardops.shared.ConflictException;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportStateMachineTests {

    private static final Instant MONDAY = Instant.parse("2025-10-20T02:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-10-21T02:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2025-10-24T02:00:00Z");

    @Test
    void goesFromDraftThroughReturnAndResubmissionToAcceptance() {
        Report draft = aDraft().saveDraft(Map.of("staffTotal", "42"), "Huỳnh Thị Mai", MONDAY);
        Report submitted = draft.submit("Ngô Văn Hậu", TUESDAY, 15);
        assertThat(submitted.view().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.view().firstSubmittedAt()).isEqualTo(TUESDAY);
        assertThat(submitted.view().documentNumber()).isEqualTo(15);

        Report returned = submitted.returnForCorrection("  Bổ sung số liệu hồ sơ trực tuyến ");
        assertThat(returned.view().state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.view().returnReason()).isEqualTo("Bổ sung số liệu hồ sơ trực tuyến");

        Report corrected = returned.saveDraft(Map.of("staffTotal", "43"), "Huỳnh Thị Mai", FRIDAY);
        Report resubmitted = corrected.submit("Ngô Văn Hậu", FRIDAY, 16);
        assertThat(resubmitted.view().firstSubmittedAt()).as("timeliness keeps the first submission").isEqualTo(TUESDAY);
        assertThat(resubmitted.view().submittedAt()).isEqualTo(FRIDAY);
        assertThat(resubmitted.view().documentNumber()).as("the number is taken once").isEqualTo(15);

        Report accepted = resubmitted.accept(FRIDAY);
        assertThat(accepted.view().state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(accepted.view().acceptedAt()).isEqualTo(FRIDAY);
    }

    @Test
    void aSubmittedOrAcceptedReportIsReadOnlyForTheUnit() {
        Report submitted = aDraft().submit("Ngô Văn Hậu", TUESDAY, 1);
        assertThatThrownBy(() -> submitted.saveDraft(Map.of(), "Huỳnh Thị Mai", FRIDAY)).isInstanceOf(ConflictException.class)
                .hasMessage("reporting.error.report.notEditable");
        assertThatThrownBy(() -> submitted.submit("Ngô Văn Hậu", FRIDAY, 2)).isInstanceOf(ConflictException.class);
        Report accepted = submitted.accept(FRIDAY);
        assertThatThrownBy(() -> accepted.saveDraft(Map.of(), "Huỳnh Thị Mai", FRIDAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyASubmittedReportIsReturnedOrAccepted() {
        assertThatThrownBy(() -> aDraft().accept(FRIDAY)).isInstanceOf(ConflictException.class).hasMessage("reporting.error.report.notSubmitted");
        assertThatThrownBy(() -> aDraft().returnForCorrection("Thiếu số liệu")).isInstanceOf(ConflictException.class);
        Report accepted = aDraft().submit("Ngô Văn Hậu", TUESDAY, 1).accept(FRIDAY);
        assertThatThrownBy(() -> accepted.returnForCorrection("Thiếu số liệu")).isInstanceOf(ConflictException.class);
    }

    @Test
    void returningNeedsAReason() {
        Report submitted = aDraft().submit("Ngô Văn Hậu", TUESDAY, 1);
        assertThatThrownBy(() -> submitted.returnForCorrection("   ")).isInstanceOf(RuleViolationException.class)
                .hasMessage("reporting.error.report.reasonRequired");
        assertThatThrownBy(() -> submitted.returnForCorrection(null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aVerbInTheWrongStateNamesTheCurrentAndTheRequiredStates() {
        assertThatThrownBy(() -> aDraft().accept(FRIDAY)).isInstanceOfSatisfying(ReportStateException.class, e -> {
            assertThat(e.current()).isEqualTo(ReportState.DRAFT);
            assertThat(e.required()).containsExactly(ReportState.SUBMITTED);
        });
        Report accepted = aDraft().submit("Ngô Văn Hậu", TUESDAY, 1).accept(FRIDAY);
        assertThatThrownBy(() -> accepted.submit("Ngô Văn Hậu", FRIDAY, 2)).isInstanceOfSatisfying(ReportStateException.class, e -> {
            assertThat(e.current()).isEqualTo(ReportState.ACCEPTED);
            assertThat(e.required()).containsExactlyInAnyOrder(ReportState.DRAFT, ReportState.RETURNED);
        });
    }

    @Test
    void aReturnReasonHasADocumentedMaximum() {
        Report submitted = aDraft().submit("Ngô Văn Hậu", TUESDAY, 1);
        assertThatThrownBy(() -> submitted.returnForCorrection("x".repeat(Report.RETURN_REASON_LIMIT + 1)))
                .isInstanceOfSatisfying(org.wardops.shared.InvalidInputException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("reason"));
        assertThat(submitted.returnForCorrection("x".repeat(Report.RETURN_REASON_LIMIT)).view().returnReason()).hasSize(2_000);
    }

    @Test
    void anOfficerMarksTheDraftReadyOnceAndSigningOrReturningClearsTheMark() {
        Report ready = aDraft().markReadyForSignature("Huỳnh Thị Mai", TUESDAY);
        assertThat(ready.view().readyForSignature()).isTrue();
        assertThat(ready.view().readyBy()).isEqualTo("Huỳnh Thị Mai");
        assertThat(ready.saveDraft(Map.of("staffTotal", "41"), "Huỳnh Thị Mai", TUESDAY).view().readyForSignature())
                .as("a correction keeps the mark").isTrue();
        assertThatThrownBy(() -> ready.markReadyForSignature("Huỳnh Thị Mai", TUESDAY)).isInstanceOf(ReportStateException.class);
        Report submitted = ready.submit("Ngô Văn Hậu", TUESDAY, 16);
        assertThat(submitted.view().readyAt()).isNull();
        assertThatThrownBy(() -> submitted.markReadyForSignature("Huỳnh Thị Mai", TUESDAY)).isInstanceOf(ReportStateException.class);
        Report returned = submitted.returnForCorrection("Bổ sung số liệu.");
        assertThat(returned.view().readyAt()).isNull();
        assertThat(returned.markReadyForSignature("Huỳnh Thị Mai", TUESDAY).view().readyForSignature()).isTrue();
    }

    private static Report aDraft() {
        return new Report(new ReportView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ReportState.DRAFT, 0,
                Map.of(), null, null, null, null, null, null, null, null, null, null), UUID.randomUUID());
    }
}
