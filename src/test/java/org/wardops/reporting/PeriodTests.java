package org.wardops.reporting;

import org.junit.jupiter.api.Test;
import org.wardops.shared.InvalidInputException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

    @Test
    void readsYearsQuartersMonthsAndIsoWeeks() {
        assertThat(Period.parse("2025")).isEqualTo(new Period("2025", Period.Kind.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Period.parse("2025-Q4")).isEqualTo(new Period("2025-Q4", Period.Kind.QUARTER, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Period.parse("2025-10")).isEqualTo(new Period("2025-10", Period.Kind.MONTH, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
        assertThat(Period.parse("2025-W47")).isEqualTo(new Period("2025-W47", Period.Kind.WEEK, LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 23)));
        assertThat(Period.parse(" 2025-q1 ").start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void weekOneMayStartInThePreviousYear() {
        assertThat(Period.parse("2026-W01").start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(Period.parse("2020-W53").end()).isEqualTo(LocalDate.of(2021, 1, 3));
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        for (String bad : new String[] {"", "25", "2025-13", "2025-Q5", "2025-W54", "2025-W00", "2025/10", "1999", "oct 2025"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("period"));
        }
    }
}
