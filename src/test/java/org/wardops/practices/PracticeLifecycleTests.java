package org.wardops.practices;

import org.junit.jupiter.api.Test;
import org.wardops.practices.internal.Practice;
import org.wardops.shared.ConflictException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeLifecycleTests {

    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void aPublishedPracticeIsEndorsedOrReturnedOnce() {
        PracticeView endorsed = Practice.endorse(practice(PracticeState.PUBLISHED), "Tốt", OTHER);
        assertThat(endorsed.state()).isEqualTo(PracticeState.ENDORSED);
        assertThat(endorsed.decidedBy()).isEqualTo(OTHER);
        assertThatThrownBy(() -> Practice.giveBack(endorsed, "Muộn", OTHER)).isInstanceOf(PracticeStateException.class)
                .satisfies(e -> assertThat(((PracticeStateException) e).arguments()).containsExactly(PracticeState.ENDORSED, PracticeState.PUBLISHED));
        assertThat(Practice.giveBack(practice(PracticeState.PUBLISHED), "Thiếu số liệu", OTHER).state()).isEqualTo(PracticeState.RETURNED);
    }

    @Test
    void onlyOtherUnitsAdoptAnEndorsedPractice() {
        assertThatThrownBy(() -> Practice.requireAdoptable(practice(PracticeState.ENDORSED), OWNER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Practice.requireAdoptable(practice(PracticeState.PUBLISHED), OTHER)).isInstanceOf(PracticeStateException.class);
        Practice.requireAdoptable(practice(PracticeState.ENDORSED), OTHER);
    }

    @Test
    void aResultIsReportedOnceAndNotBeforeThePlannedStart() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        var adoption = new PracticeView.AdoptionView(UUID.randomUUID(), UUID.randomUUID(), OTHER, start, null, null, null);
        assertThatThrownBy(() -> Practice.reportResult(adoption, BigDecimal.TEN, "Sớm", start.minusDays(1))).isInstanceOf(PracticeStateException.class);
        var reported = Practice.reportResult(adoption, BigDecimal.TEN, "Tốt", start);
        assertThat(reported.reported()).isTrue();
        assertThatThrownBy(() -> Practice.reportResult(reported, BigDecimal.ONE, "Lại", start.plusDays(1))).isInstanceOf(ConflictException.class);
    }

    private static PracticeView practice(PracticeState state) {
        return new PracticeView(UUID.randomUUID(), OWNER, "Cách làm", Topic.CITIZEN_SUPPORT, "Vấn đề", "Cách làm", "Kết quả", "assistance.done",
                BigDecimal.ONE, "Nhân rộng", null, "Liên hệ", state, null, null, Instant.EPOCH, List.of(), 0);
    }
}
