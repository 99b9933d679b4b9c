package org.wardops.tasks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TaskStateTests {

    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);

    @Test
    void aTaskDueTodayIsStillWithinItsDeadline() {
        assertThat(TaskState.of(DUE, null, false, DUE)).isEqualTo(TaskState.IN_PROGRESS_ON_TIME);
    }

    @Test
    void aTaskBecomesOverdueTheDayAfterItsDueDate() {
        assertThat(TaskState.of(DUE, null, false, DUE.plusDays(1))).isEqualTo(TaskState.IN_PROGRESS_OVERDUE);
        assertThat(TaskState.of(DUE, null, false, DUE.minusDays(1))).isEqualTo(TaskState.IN_PROGRESS_ON_TIME);
    }

    @Test
    void completedOnTheDueDateIsOnTime() {
        assertThat(TaskState.of(DUE, DUE, false, DUE.plusDays(10))).isEqualTo(TaskState.COMPLETED_ON_TIME);
    }

    @Test
    void completedTheDayAfterTheDueDateIsLate() {
        assertThat(TaskState.of(DUE, DUE.plusDays(1), false, DUE.plusDays(1))).isEqualTo(TaskState.COMPLETED_LATE);
    }

    @Test
    void cancelledWinsOverEveryDate() {
        assertThat(TaskState.of(DUE, null, true, DUE.plusDays(30))).isEqualTo(TaskState.CANCELLED);
        assertThat(TaskState.of(DUE, DUE, true, DUE)).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void theDayEndsAtMidnightInHoChiMinhCityNotInUtc() {
        // 23:59 on 31 December in Vietnam is 16:59 UTC: still the due date, so on time.
        LocalDate lastMinute = TaskState.dayOf(Instant.parse("2025-12-31T16:59:59Z"));
        assertThat(lastMinute).isEqualTo(DUE);
        assertThat(TaskState.of(DUE, lastMinute, false, lastMinute)).isEqualTo(TaskState.COMPLETED_ON_TIME);
        // 00:00 on 1 January in Vietnam is 17:00 UTC on 31 December: already late, although UTC still says the 31st.
        LocalDate nextMorning = TaskState.dayOf(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(nextMorning).isEqualTo(DUE.plusDays(1));
        assertThat(TaskState.of(DUE, nextMorning, false, nextMorning)).isEqualTo(TaskState.COMPLETED_LATE);
    }

    @Test
    void onlyInProgressStatesAreOpen() {
        assertThat(TaskState.IN_PROGRESS_ON_TIME.isOpen()).isTrue();
        assertThat(TaskState.IN_PROGRESS_OVERDUE.isOpen()).isTrue();
        assertThat(TaskState.COMPLETED_LATE.isOpen()).isFalse();
        assertThat(TaskState.CANCELLED.isOpen()).isFalse();
    }
}
