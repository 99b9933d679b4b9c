package org.wardops.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.ApplicationClock;
import org.wardops.shared.time.LocalTime;
import org.wardops.support.TestDatabases;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo as a new user starts it: told on its own days ({@code wardops.demo.today} of the demo profile, here given
 * explicitly), on a database of its own. Its dates agree with its story: the application's today is the demo's, the
 * reports of October 2025 were received on the days the story gives, the history spreads over the autumn instead of
 * the minute of loading, the notifications carry the days of their events, nothing is dated after today, the quarterly
 * task's title names the quarter it reports on, and the proposal asks for a decision in the quarter its deadline ends.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.wardops.support.Actors.class)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"wardops.demo.today=2025-11-05T09:00", "wardops.notifications.jobs-enabled=false"})
class DemoStoryIntegrationTests {

    private static final LocalDate DEMO_TODAY = LocalDate.of(2025, 11, 5);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationClock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.wardops.support.Actors actors;

    @BeforeAll
    static void database() {
        TestDatabases.storyUrl();
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::storyUrl);
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", () -> "");
        // one connection, as in the other integration tests: listeners queue for it instead of waiting on row locks
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 1);
        registry.add("spring.datasource.hikari.connection-timeout", () -> 30000);
        registry.add("spring.flyway.url", TestDatabases::storyUrl);
        registry.add("spring.flyway.user", TestDatabases::username);
        registry.add("spring.flyway.password", () -> "");
    }

    private void demoSettled() {
        // the notifications and figures of the demo's events are written after its commits, by listeners
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')")
                .query(Long.class).single() == 0);
    }

    @Test
    void theApplicationsTodayIsTheDemosAndNothingIsDatedAfterIt() {
        demoSettled();
        assertThat(LocalDate.now(clock.withZone(LocalTime.VIETNAM))).isEqualTo(DEMO_TODAY);
        OffsetDateTime latest = jdbc.sql("SELECT MAX(occurred_at) FROM audit_record").query(OffsetDateTime.class).single();
        assertThat(latest.toInstant()).isBeforeOrEqualTo(clock.instant());
        assertThat(jdbc.sql("SELECT MAX(created_at) FROM notifications_notification").query(OffsetDateTime.class).single().toInstant())
                .isBeforeOrEqualTo(clock.instant());
        assertThat(CurrentActor.runAs(Actor.system(), () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void theHistorySpreadsOverTheAutumnAndTheReportsCarryTheirDays() {
        demoSettled();
        List<LocalDate> days = jdbc.sql("SELECT occurred_at FROM audit_record").query(OffsetDateTime.class).list().stream()
                .map(at -> at.atZoneSameInstant(LocalTime.VIETNAM).toLocalDate()).distinct().toList();
        assertThat(days).as("days with history").hasSizeGreaterThan(15).contains(LocalDate.of(2025, 7, 28), LocalDate.of(2025, 10, 22),
                LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 4));
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        List<LocalDate> submitted = jdbc.sql("SELECT occurred_at FROM audit_record WHERE unit_id = :unit "
                        + "AND action = 'reporting.report.paperSubmissionRegistered' ORDER BY seq").param("unit", xomChieu)
                .query(OffsetDateTime.class).list().stream().map(at -> at.atZoneSameInstant(LocalTime.VIETNAM).toLocalDate()).toList();
        assertThat(submitted).as("Xóm Chiếu's October report, received on 22 October").contains(LocalDate.of(2025, 10, 22));
        List<LocalDate> notified = jdbc.sql("SELECT created_at FROM notifications_notification").query(OffsetDateTime.class).list().stream()
                .map(at -> at.atZoneSameInstant(LocalTime.VIETNAM).toLocalDate()).distinct().toList();
        assertThat(notified).as("notifications on the days of their events").hasSizeGreaterThan(5).contains(LocalDate.of(2025, 10, 31));
    }

    @Test
    void titlesAndDeadlinesTellTheSameDatesAsTheRecords() {
        demoSettled();
        var quarterly = jdbc.sql("SELECT title, due_date FROM tasks_task WHERE parent_id IS NULL AND title LIKE 'Báo cáo kết quả thực hiện Kế hoạch 249%'")
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).single();
        assertThat((String) quarterly[0]).endsWith("quý III/2025");
        assertThat((LocalDate) quarterly[1]).isEqualTo(DEMO_TODAY.minusDays(20)).isBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));
        var proposal = jdbc.sql("SELECT requested_decision, requested_by FROM difficulties_proposal")
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).single();
        assertThat((LocalDate) proposal[1]).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat((String) proposal[0]).contains("quý I/2026");
        assertThat(jdbc.sql("SELECT description FROM tasks_task WHERE parent_id IS NULL AND title LIKE 'Tổ chức tập huấn toàn diện%'")
                .query(String.class).single()).contains("Xóm Chiếu", "Khánh Hội", "Vĩnh Hội");
    }

    @Test
    void theCityOverviewOfTheDemosMonthAndOfOctoberHasEveryUnitsFigures() throws Exception {
        demoSettled();
        for (String period : List.of("2025-11", "2025-10")) {
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/overview").param("period", period)
                            .with(actors.session("leader")))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).as(period).contains("168 đơn vị cấp xã, 0 đơn vị chưa có số liệu");
        }
    }
}
