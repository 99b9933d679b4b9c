package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;
import org.wardops.difficulties.ProposalAction;
import org.wardops.difficulties.ProposalState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalLifecycleTests {

    private static Proposal draft() {
        return new Proposal(UUID.randomUUID(), "Đề xuất", "Vấn đề", "Cơ chế", "Ban Thường vụ Thành ủy", "Thống nhất", null, ProposalState.DRAFT,
                null, null, UUID.randomUUID(), Instant.parse("2026-11-01T02:00:00Z"), 0);
    }

    @Test
    void goesFromDraftThroughDecisionToDone() {
        Proposal decided = draft().submit().decide("Đồng ý chủ trương", LocalDate.of(2026, 11, 30));
        assertThat(decided.state()).isEqualTo(ProposalState.DECIDED);
        assertThat(decided.decisionText()).isEqualTo("Đồng ý chủ trương");
        Proposal done = decided.startImplementation().complete();
        assertThat(done.state()).isEqualTo(ProposalState.DONE);
        assertThat(done.decisionDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(done.actionsOfState()).isEmpty();
    }

    @Test
    void eachStateAllowsOnlyTheNextStep() {
        assertThat(draft().actionsOfState()).containsExactly(ProposalAction.SUBMIT);
        assertThat(draft().submit().actionsOfState()).containsExactly(ProposalAction.DECIDE);
        assertThat(draft().submit().decide("x", LocalDate.of(2026, 11, 30)).actionsOfState()).containsExactly(ProposalAction.IMPLEMENT);
    }

    @Test
    void refusesAStepOutOfOrderNamingCurrentAndRequiredState() {
        assertThatThrownBy(() -> draft().startImplementation()).isInstanceOfSatisfying(ProposalStateException.class, e -> {
            assertThat(e.current()).isEqualTo(ProposalState.DRAFT);
            assertThat(e.required()).isEqualTo(ProposalState.DECIDED);
            assertThat(e.messageKey()).isEqualTo("difficulties.error.proposal.wrongState");
        });
        Proposal submitted = draft().submit();
        assertThatThrownBy(submitted::submit).isInstanceOf(ProposalStateException.class);
        assertThatThrownBy(submitted::complete).isInstanceOf(ProposalStateException.class);
    }
}
