package org.wardops.citizensupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.Actors;
import org.wardops.support.ClockedIntegrationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention of the assistance log: after 24 months (the default) entries become monthly counts, and the figures stay. */
class AssistanceRetentionIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    CitizenSupportManagement management;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesOlderThanTheRetentionBecomeMonthlyCountsAndNewerOnesStay() {
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        UUID team = jdbc.sql("SELECT id FROM citizensupport_team WHERE unit_id = :unit AND residential_group = 'Khu phố 1'")
                .param("unit", xomChieu).query(UUID.class).single();
        LocalDate storyDay = management.today();
        actors.as("volunteer.xomchieu", () -> management.log(entry(team, storyDay)));
        long inStoryMonth = rawCount(xomChieu, storyDay.withDayOfMonth(1), storyDay.withDayOfMonth(storyDay.lengthOfMonth()));
        long storyMinutes = jdbc.sql("SELECT SUM(minutes) FROM citizensupport_assistance WHERE unit_id = :unit AND helped_on >= :from AND helped_on <= :to")
                .param("unit", xomChieu).param("from", storyDay.withDayOfMonth(1)).param("to", storyDay.withDayOfMonth(storyDay.lengthOfMonth()))
                .query(Long.class).single();
        assertThat(inStoryMonth).isGreaterThan(1);

        clock.set(Instant.parse("2026-03-01T03:00:00Z"));
        LocalDate later = LocalDate.of(2026, 2, 20);
        UUID kept = UUID.randomUUID();
        actors.as("volunteer.xomchieu", () -> management.log(new LogAssistance(kept, later, team, null, AssistanceService.E_HEALTH_BOOK, null,
                Channel.SUPPORT_POINT, Outcome.DONE, null, 10, null, null)));

        clock.set(Instant.parse("2028-01-10T03:00:00Z"));
        assertThat(management.retentionCutoff(management.today())).isEqualTo(LocalDate.of(2026, 1, 1));
        int reduced = CurrentActor.runAs(Actor.system(), management::reduceExpiredEntries);

        assertThat(reduced).isGreaterThanOrEqualTo((int) inStoryMonth);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE helped_on < :cutoff").param("cutoff", LocalDate.of(2026, 1, 1))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE client_id = :id").param("id", kept).query(Long.class).single())
                .isEqualTo(1);
        String month = storyDay.toString().substring(0, 7);
        assertThat(jdbc.sql("SELECT SUM(entry_count) FROM citizensupport_monthly_count WHERE unit_id = :unit AND period_month = :month")
                .param("unit", xomChieu).param("month", month).query(Long.class).single()).isEqualTo(inStoryMonth);
        assertThat(jdbc.sql("SELECT SUM(minutes_total) FROM citizensupport_monthly_count WHERE unit_id = :unit AND period_month = :month")
                .param("unit", xomChieu).param("month", month).query(Long.class).single()).isEqualTo(storyMinutes);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'citizensupport.assistance.reduced'").query(Long.class).single())
                .isEqualTo(1);

        assertThat(CurrentActor.runAs(Actor.system(), management::reduceExpiredEntries)).isZero();
        assertThatThrownBy(() -> actors.as("volunteer.xomchieu", () -> management.log(entry(team, LocalDate.of(2025, 12, 31)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("date"));
        assertThatThrownBy(() -> actors.as("xomchieu.officer", management::reduceExpiredEntries))
                .isInstanceOf(org.wardops.shared.AccessRefusedException.class);
    }

    private long rawCount(UUID unit, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE unit_id = :unit AND helped_on >= :from AND helped_on <= :to")
                .param("unit", unit).param("from", from).param("to", to).query(Long.class).single();
    }

    private static LogAssistance entry(UUID team, LocalDate day) {
        return new LogAssistance(UUID.randomUUID(), day, team, null, AssistanceService.VNEID_LEVEL2, null, Channel.DOOR_TO_DOOR, Outcome.PARTLY,
                "Điện thoại cũ không cài được ứng dụng.", 25, AgeBand.FROM_60, Gender.MALE);
    }
}
