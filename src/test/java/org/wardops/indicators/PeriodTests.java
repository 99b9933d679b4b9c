package org.wardops.indicators;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

    @Test
    void parsesAndFormatsTheFourForms() {
        assertThat(Period.tryParse("2025-W47")).contains(Period.week(2025, 47));
        assertThat(Period.tryParse("2025-10")).contains(Period.month(2025, 10));
        assertThat(Period.tryParse("2025-Q4")).contains(Period.quarter(2025, 4));
        assertThat(Period.tryParse("2025")).contains(Period.year(2025));
        assertThat(Period.month(2025, 3).code()).isEqualTo("2025-03");
        assertThat(Period.week(2025, 2).code()).isEqualTo("2025-W02");
    }

    @Test
    void refusesOtherWaysOfWritingAMonth() {
        assertThat(Period.tryParse("10/2025")).isEmpty();
        assertThat(Period.tryParse("Tháng 10/2025")).isEmpty();
        assertThat(Period.tryParse("2025-13")).isEmpty();
        assertThat(Period.tryParse("2025-W54")).isEmpty();
        assertThat(Period.tryParse("2026-W53")).isPresent();
        assertThat(Period.tryParse("2025-W53")).isEmpty();
    }

    @Test
    void aWeekThatStraddlesTwoMonthsBelongsToTheMonthOfItsThursday() {
        // 2025-W44 runs Monday 27 October to Sunday 2 November; its Thursday is 30 October.
        Period week = Period.week(2025, 44);
        assertThat(week.start()).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(week.parent()).contains(Period.month(2025, 10));
        // 2025-W01 starts on 30 December 2024 and belongs to January 2025.
        assertThat(Period.week(2025, 1).start()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(Period.week(2025, 1).parent()).contains(Period.month(2025, 1));
        assertThat(Period.month(2025, 10).children()).extracting(Period::code)
                .containsExactly("2025-W40", "2025-W41", "2025-W42", "2025-W43", "2025-W44");
        assertThat(Period.month(2025, 11).children()).extracting(Period::code).first().isEqualTo("2025-W45");
    }

    @Test
    void rollsUpWeekToMonthToQuarterToYear() {
        assertThat(Period.week(2025, 47).withAncestors()).extracting(Period::code).containsExactly("2025-W47", "2025-11", "2025-Q4", "2025");
        assertThat(Period.year(2025).contains(Period.week(2025, 47))).isTrue();
        assertThat(Period.quarter(2025, 3).contains(Period.month(2025, 10))).isFalse();
        assertThat(Period.quarter(2025, 4).children()).extracting(Period::code).containsExactly("2025-10", "2025-11", "2025-12");
    }

    @Test
    void knowsThePreviousPeriod() {
        assertThat(Period.month(2025, 1).previous()).isEqualTo(Period.month(2024, 12));
        assertThat(Period.quarter(2025, 1).previous()).isEqualTo(Period.quarter(2024, 4));
        assertThat(Period.week(2026, 1).previous()).isEqualTo(Period.week(2025, 52));
        assertThat(Period.quarter(2025, 4).end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
