package org.wardops.shared;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.wardops.shared.time.WorkingDays;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTests {

    private final WorkingDays calendar = shipped();

    @Test
    void skipsTheReunificationAndLabourDayHolidaysAndTheWeekend() {
        assertThat(calendar.add(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void skipsTetBinhNgo2026() {
        // Friday 13 Feb 2026 is the last working day before Tết; 16–20 Feb are holidays, 21–22 Feb a weekend.
        assertThat(calendar.add(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        // 3 working days before Tết (11–13 Feb), 12 after it (23 Feb – 10 Mar).
        assertThat(calendar.add(LocalDate.of(2026, 2, 10), 15)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void skipsTetAtTy2025AndTetDinhMui2027() {
        assertThat(calendar.add(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.add(LocalDate.of(2027, 2, 3), 1)).isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void aDeadlineThatWouldLandOnAWeekendOrHolidayMovesToTheNextWorkingDay() {
        assertThat(calendar.add(LocalDate.of(2026, 5, 2), 0)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.add(LocalDate.of(2026, 9, 1), 0)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(calendar.add(LocalDate.of(2026, 6, 3), 0)).isEqualTo(LocalDate.of(2026, 6, 3));
    }

    @Test
    void fifteenWorkingDaysAreThreeWeeksWithoutHolidays() {
        assertThat(calendar.add(LocalDate.of(2026, 6, 1), 15)).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(calendar.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 22))).isEqualTo(15);
    }

    @Test
    void theCalendarIsConfigurable() {
        WorkingDays custom = WorkingDays.of(Set.of(LocalDate.of(2026, 6, 2)));
        assertThat(custom.add(LocalDate.of(2026, 6, 1), 1)).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(calendar.holidays()).contains(LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17), LocalDate.of(2027, 2, 9));
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> calendar.add(LocalDate.of(2026, 6, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static WorkingDays shipped() {
        try {
            Constructor<WorkingDays> constructor = WorkingDays.class.getDeclaredConstructor(org.springframework.core.io.Resource.class);
            constructor.setAccessible(true);
            return constructor.newInstance(new ClassPathResource("calendar/holidays-vn.txt"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
