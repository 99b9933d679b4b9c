package org.wardops.tasks.internal;

import org.junit.jupiter.api.Test;
import org.wardops.shared.RuleViolationException;
import org.wardops.tasks.TaskAction;
import org.wardops.tasks.TaskCompleted;
import org.wardops.tasks.TaskCompletionReported;
import org.wardops.tasks.TaskDueDateDecided;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskReturned;
import org.wardops.tasks.TaskStage;
import org.wardops.tasks.TaskState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task aggregate's verbs: each checks the stage, names current and required stages when refused, registers its event. */
class TaskTests {

    private static final LocalDate DUE = LocalDate.of(2025, 11, 30);
    private static final UUID WARD_OFFICER = UUID.randomUUID();
    private static final UUID ISSUER = UUID.randomUUID();

    private static Task aTask(TaskKind kind) {
        return Task.issue(UUID.randomUUID(), null, kind, "Rà soát hồ sơ", "", null, null, UUID.randomUUID(), UUID.randomUUID(), null,
                LocalDate.of(2025, 11, 1), DUE, TaskPriority.NORMAL, false, null, null, UUID.randomUUID(), List.of());
    }

    @Test
    void acceptingWhatNobodyReportedNamesTheCurrentAndTheRequiredStage() {
        Task task = aTask(TaskKind.TASK);
        assertThatThrownBy(() -> task.accept(Instant.parse("2025-11-20T03:00:00Z"), ISSUER, DUE))
                .isInstanceOfSatisfying(TaskStageException.class, refused -> {
                    assertThat(refused.current()).isEqualTo(TaskStage.OPEN);
                    assertThat(refused.required()).containsExactly(TaskStage.AWAITING_ACCEPTANCE);
                    assertThat(refused.messageKey()).isEqualTo("tasks.error.task.noCompletionToDecide");
                });
        assertThat(task.domainEvents()).isEmpty();
    }

    @Test
    void aReportedCompletionAwaitsTheIssuerWhoAcceptsItAsAnotherPerson() {
        Task task = aTask(TaskKind.TASK);
        task.reportCompletion(Instant.parse("2025-11-20T03:00:00Z"), WARD_OFFICER);
        assertThat(task.stage()).isEqualTo(TaskStage.AWAITING_ACCEPTANCE);
        assertThat(task.actions()).contains(TaskAction.ACCEPT, TaskAction.RETURN).doesNotContain(TaskAction.REPORT_PROGRESS, TaskAction.REPORT_COMPLETION);
        assertThatThrownBy(() -> task.reportProgress(50, null)).isInstanceOf(TaskStageException.class);
        assertThatThrownBy(() -> task.accept(Instant.parse("2025-11-21T03:00:00Z"), WARD_OFFICER, DUE))
                .isInstanceOf(RuleViolationException.class).hasMessage("tasks.error.task.ownCompletion");
        task.accept(Instant.parse("2025-11-21T03:00:00Z"), ISSUER, DUE);
        assertThat(task.stage()).isEqualTo(TaskStage.ACCEPTED);
        assertThat(task.state(DUE.plusDays(5))).isEqualTo(TaskState.COMPLETED_ON_TIME);
        assertThat(task.domainEvents()).hasSize(2).first().isInstanceOf(TaskCompletionReported.class);
        assertThat(task.domainEvents().get(1)).isInstanceOfSatisfying(TaskCompleted.class, event -> assertThat(event.late()).isFalse());
        assertThat(task.actions()).containsExactly(TaskAction.READ);
        assertThatThrownBy(() -> task.cancel(Instant.now(), "Hủy")).isInstanceOfSatisfying(TaskStageException.class,
                refused -> assertThat(refused.current()).isEqualTo(TaskStage.ACCEPTED));
    }

    @Test
    void aReturnedCompletionIsOpenAgainWithItsReason() {
        Task task = aTask(TaskKind.TASK);
        task.reportCompletion(Instant.parse("2025-11-20T03:00:00Z"), WARD_OFFICER);
        task.returnForRework("Thiếu minh chứng");
        assertThat(task.stage()).isEqualTo(TaskStage.OPEN);
        assertThat(task.returnedReason()).isEqualTo("Thiếu minh chứng");
        assertThat(task.completedBy()).isNull();
        assertThat(task.domainEvents().getLast()).isInstanceOf(TaskReturned.class);
    }

    @Test
    void oneDueDateRequestAtATimeAndTheDecisionKeepsTheFirstDueDate() {
        Task task = aTask(TaskKind.TASK);
        assertThatThrownBy(() -> task.decideDueDate(true)).isInstanceOf(TaskStageException.class);
        task.requestDueDate(LocalDate.of(2026, 1, 15), "Thiếu giảng viên");
        assertThat(task.actions()).contains(TaskAction.DECIDE_DUE_DATE).doesNotContain(TaskAction.REQUEST_DUE_DATE);
        assertThatThrownBy(() -> task.requestDueDate(LocalDate.of(2026, 2, 1), "Lần nữa")).isInstanceOfSatisfying(TaskStageException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("tasks.error.task.dueDateRequestPending"));
        task.decideDueDate(true);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(task.originalDueDate()).isEqualTo(DUE);
        assertThat(task.requestedDueDate()).isNull();
        assertThat(task.domainEvents().getLast()).isInstanceOfSatisfying(TaskDueDateDecided.class, event -> assertThat(event.approved()).isTrue());
    }

    @Test
    void onlyAProjectOffersMilestonesQuantitiesAndBlockers() {
        assertThat(aTask(TaskKind.TASK).actions()).doesNotContain(TaskAction.ADD_MILESTONE, TaskAction.RECORD_QUANTITY, TaskAction.LINK_BLOCKER);
        assertThat(aTask(TaskKind.PROJECT).actions()).contains(TaskAction.ADD_MILESTONE, TaskAction.RECORD_QUANTITY, TaskAction.LINK_BLOCKER,
                TaskAction.REACH_MILESTONE);
    }

    @Test
    void aCancelledTaskRefusesEveryChange() {
        Task task = aTask(TaskKind.TASK);
        task.cancel(Instant.parse("2025-11-20T03:00:00Z"), "Không còn cần thiết");
        assertThat(task.state(DUE)).isEqualTo(TaskState.CANCELLED);
        assertThatThrownBy(() -> task.reportProgress(10, null)).isInstanceOfSatisfying(TaskStageException.class, refused -> {
            assertThat(refused.current()).isEqualTo(TaskStage.CANCELLED);
            assertThat(refused.required()).containsExactlyInAnyOrderElementsOf(TaskStage.ACTIVE);
        });
        assertThatThrownBy(() -> task.requestDueDate(DUE.plusDays(5), "Lý do")).isInstanceOf(TaskStageException.class);
    }
}
