package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.Severity;
import org.wardops.shared.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifficultyLifecycleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 29);
    private static final LocalDate DUE = LocalDate.of(2026, 5, 21);
    private final UUID group = UUID.randomUUID();

    private Difficulty draft() {
        return new Difficulty(UUID.randomUUID(), UUID.randomUUID(), "Phường Xóm Chiếu", "Máy tính cũ", "Máy tính đã dùng trên 10 năm.",
                "Đề nghị trang bị máy mới.", "INFRASTRUCTURE", Severity.MEDIUM, new Addressee(AddresseeType.WORKING_GROUP, group),
                "Tổ công tác số 15", DifficultySource.AD_HOC, null, null, false, DifficultyState.DRAFT, null, null, null, null, UUID.randomUUID(),
                Instant.parse("2026-04-29T02:00:00Z"), 0);
    }

    @Test
    void goesFromDraftThroughAnswerToResolved() {
        Difficulty submitted = draft().submit(TODAY, DUE);
        assertThat(submitted.state()).isEqualTo(DifficultyState.SUBMITTED);
        assertThat(submitted.dueDate()).isEqualTo(DUE);
        Difficulty inProgress = submitted.accept("Đỗ Quang Vinh");
        assertThat(inProgress.assignee()).isEqualTo("Đỗ Quang Vinh");
        Difficulty answered = inProgress.answer(TODAY.plusDays(3), "Đỗ Quang Vinh");
        assertThat(answered.state()).isEqualTo(DifficultyState.ANSWERED);
        assertThat(answered.answeredOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(answered.resolve().state()).isEqualTo(DifficultyState.RESOLVED);
    }

    @Test
    void aReopenedDifficultyKeepsItsFirstAnswerDayForTimeliness() {
        Difficulty reopened = draft().submit(TODAY, DUE).answer(TODAY.plusDays(2), "a").reopen();
        assertThat(reopened.state()).isEqualTo(DifficultyState.IN_PROGRESS);
        assertThat(reopened.answer(TODAY.plusDays(30), "a").answeredOn()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void forwardingAndEscalationChangeTheAddresseeAndTheDeadline() {
        Difficulty inProgress = draft().submit(TODAY, DUE).accept("a");
        UUID department = UUID.randomUUID();
        Difficulty forwarded = inProgress.forward(new Addressee(AddresseeType.DEPARTMENT, department), "Sở Khoa học và Công nghệ", DUE.plusDays(7));
        assertThat(forwarded.state()).isEqualTo(DifficultyState.FORWARDED);
        assertThat(forwarded.addressee().unitId()).isEqualTo(department);
        assertThat(forwarded.dueDate()).isEqualTo(DUE.plusDays(7));
        Difficulty escalated = forwarded.accept("b").escalate("Thành phố Hồ Chí Minh", DUE.plusDays(9));
        assertThat(escalated.state()).isEqualTo(DifficultyState.ESCALATED);
        assertThat(escalated.addressee().type()).isEqualTo(AddresseeType.CITY_LEADERSHIP);
        assertThatThrownBy(() -> escalated.accept("c").escalate("x", DUE)).isInstanceOf(RuleViolationException.class)
                .hasMessage("difficulties.error.difficulty.alreadyAtCityLeadership");
    }

    @Test
    void refusesVerbsInTheWrongState() {
        Difficulty draft = draft();
        assertThatThrownBy(() -> draft.answer(TODAY, "a")).isInstanceOf(RuleViolationException.class)
                .hasMessage("difficulties.error.difficulty.wrongState");
        assertThatThrownBy(draft::resolve).isInstanceOf(RuleViolationException.class);
        Difficulty submitted = draft.submit(TODAY, DUE);
        assertThatThrownBy(() -> submitted.submit(TODAY, DUE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(submitted::reopen).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submitted.escalate("x", DUE)).isInstanceOf(RuleViolationException.class);
        Difficulty declined = submitted.decline();
        assertThat(declined.state()).isEqualTo(DifficultyState.DECLINED);
        assertThatThrownBy(() -> declined.accept("a")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> draft.submit(TODAY, DUE).accept("a").forward(draft.addressee(), "same", DUE))
                .isInstanceOf(RuleViolationException.class).hasMessage("difficulties.error.difficulty.forwardToSelf");
    }

    @Test
    void isOverdueOnlyWhileAnAnswerIsOwedAndTheDueDayHasPassed() {
        Difficulty submitted = draft().submit(TODAY, DUE);
        assertThat(submitted.isOverdue(DUE)).isFalse();
        assertThat(submitted.isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(submitted.answer(DUE.plusDays(1), "a").isOverdue(DUE.plusDays(2))).isFalse();
    }

    @Test
    void theStateTableIsTheOneSourceOfWhatAStateAllows() {
        assertThat(draft().actionsOfState()).containsExactlyInAnyOrder(org.wardops.difficulties.DifficultyAction.EDIT,
                org.wardops.difficulties.DifficultyAction.SUBMIT, org.wardops.difficulties.DifficultyAction.ATTACH);
        assertThat(Difficulty.statesAllowing(org.wardops.difficulties.DifficultyAction.ANSWER))
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(DifficultyState.values()).filter(DifficultyState::awaitsAnswer).toList());
        assertThatThrownBy(draft()::resolve).isInstanceOfSatisfying(DifficultyStateException.class, e -> {
            assertThat(e.current()).isEqualTo(DifficultyState.DRAFT);
            assertThat(e.required()).containsExactly(DifficultyState.ANSWERED);
        });
    }
}
