package org.wardops.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.notifications.internal.NotificationStore;
import org.wardops.notifications.internal.Notifier;
import org.wardops.notifications.internal.ReminderJob;
import org.wardops.shared.time.LocalTime;
import org.wardops.shared.time.WorkingDays;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.ClockedIntegrationTest;
import org.wardops.tasks.TaskManagement;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Difficulties' events reach the people who must answer them and the unit that raised them; overdue answers are reminded once. */
class NotificationDifficultyIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DifficultyManagement difficulties;
    @Autowired
    TaskManagement tasks;
    @Autowired
    NotificationSettings settings;
    @Autowired
    NotificationStore store;
    @Autowired
    Notifier notifier;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WorkingDays workingDays;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(EventBacklog.EXECUTOR)
    Object notificationsExecutor;

    @org.junit.jupiter.api.BeforeEach
    void demoEventsHandled() {
        EventBacklog.awaitDrained(notificationsExecutor);
    }

    @Test
    void theAddresseeIsAskedToAnswerAndTheRaisingUnitHearsOfAnswersCosignaturesAndTheDecline() throws Exception {
        String title = "Test thông báo khó khăn";
        DifficultyView submitted = submitForXomChieu(title);
        UUID id = submitted.id();
        long group = Recipients.reached(jdbc, "79-TCT-15", NotificationKind.DIFFICULTY_TO_ANSWER, false);
        long ward = Recipients.reached(jdbc, "27259", NotificationKind.DIFFICULTY_ANSWERED, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_TO_ANSWER") == group);
        assertThat(group).isPositive();
        assertThat(ward).isPositive();

        JsonNode inbox = api.read(mvc.perform(get("/api/v1/notifications").param("size", "100")
                .header("Authorization", api.bearer("wg15.member"))).andReturn());
        JsonNode mine = null;
        for (JsonNode item : inbox.get("items")) {
            if (item.get("link").asString().equals("/difficulties/" + id)) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("DIFFICULTY_TO_ANSWER");
        assertThat(mine.get("title").asString()).isEqualTo(title);
        assertThat(mine.get("detail").asString()).isEqualTo(LocalTime.format(submitted.dueDate()));
        assertThat(mails("Khó khăn, kiến nghị cần trả lời: " + title)).isEqualTo(Recipients.reached(jdbc, "79-TCT-15", NotificationKind.DIFFICULTY_TO_ANSWER, true));

        DifficultyView answered = actors.as("wg15.lead", () -> difficulties.answer(id, submitted.version(), "Đã bố trí kinh phí."));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_ANSWERED") == ward);

        DifficultyView reopened = actors.as("xomchieu.chair", () -> difficulties.reopen(id, answered.version(), "Chưa giải quyết được."));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_TO_ANSWER") == 2 * group);

        actors.as("khanhhoi.officer", () -> difficulties.cosign(id, "Phường Khánh Hội cũng gặp."));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_COSIGNED") == ward);
        assertThat(jdbc.sql("SELECT detail FROM notifications_notification WHERE subject_id = :id AND kind = 'DIFFICULTY_COSIGNED'")
                .param("id", id).query(String.class).list()).allSatisfy(detail -> assertThat(detail).contains("Khánh Hội"));

        long city = Recipients.reached(jdbc, jdbc.sql("SELECT code FROM directory_unit WHERE id = (SELECT unit_id FROM access_account WHERE username = 'leader')")
                .query(String.class).single(), NotificationKind.DIFFICULTY_TO_ANSWER, false);
        DifficultyView escalated = actors.as("wg15.lead", () -> difficulties.escalate(id, reopened.version(), "Vượt thẩm quyền của tổ."));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_TO_ANSWER") == 2 * group + city);
        assertThat(city).isPositive();

        actors.as("leader", () -> difficulties.decline(id, escalated.version(), "Thuộc thẩm quyền của phường."));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(id, "DIFFICULTY_DECLINED") == ward);
        assertThat(notificationsFor(id, "DIFFICULTY_ANSWERED")).isEqualTo(ward);
    }

    @Test
    void anOverdueAnswerIsRemindedOnceOnTheFirstOverdueWorkingDay() {
        DifficultyView submitted = submitForXomChieu("Test nhắc quá hạn trả lời");
        UUID id = submitted.id();
        LocalDate due = submitted.dueDate();
        LocalDate firstOverdue = workingDays.add(due, 1);
        ReminderJob first = new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock);
        ReminderJob second = new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock);

        moveTo(due);
        first.remind();
        assertThat(overdueReminders(id)).isZero();

        moveTo(firstOverdue);
        first.remind();
        second.remind();
        first.remind();
        long group = Recipients.reached(jdbc, "79-TCT-15", NotificationKind.DIFFICULTY_OVERDUE, false);
        assertThat(overdueReminders(id)).isEqualTo(group);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_reminder WHERE subject_id = :id AND occasion = 'DIFFICULTY_OVERDUE'")
                .param("id", id).query(Long.class).single()).isEqualTo(group);

        moveTo(workingDays.add(firstOverdue, 1));
        second.remind();
        assertThat(overdueReminders(id)).isEqualTo(group);
    }

    @Test
    void anAnsweredDifficultyIsNotReminded() {
        DifficultyView submitted = submitForXomChieu("Test không nhắc khi đã trả lời");
        actors.as("wg15.lead", () -> difficulties.answer(submitted.id(), submitted.version(), "Đã trả lời đúng hạn."));
        moveTo(workingDays.add(submitted.dueDate(), 1));
        new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock).remind();
        assertThat(overdueReminders(submitted.id())).isZero();
    }

    @Test
    void theAnsweredMailAndTheInboxCarryTheAnswerGroupedByDayAndKind() throws Exception {
        String title = "Test thư trả lời mang nội dung";
        DifficultyView submitted = submitForXomChieu(title);
        String answer = "Sở Nội vụ bố trí thêm 2 biên chế công chức chuyển đổi số trong quý I/2026.";
        actors.as("wg15.lead", () -> difficulties.answer(submitted.id(), submitted.version(), answer));
        long ward = Recipients.reached(jdbc, "27259", NotificationKind.DIFFICULTY_ANSWERED, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(submitted.id(), "DIFFICULTY_ANSWERED") == ward);
        java.util.List<String> bodies = jdbc.sql("SELECT body FROM notifications_mail WHERE subject LIKE :subject")
                .param("subject", "%Khó khăn, kiến nghị đã được trả lời: " + title + "%").query(String.class).list();
        assertThat(bodies).hasSize((int) Recipients.reached(jdbc, "27259", NotificationKind.DIFFICULTY_ANSWERED, true)).isNotEmpty().allSatisfy(body -> assertThat(body).contains(answer));

        String page = mvc.perform(get("/notifications").with(actors.session("xomchieu.chair"))).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("Hôm nay · \\d+ kiến nghị được trả lời").contains(answer);
        assertThat(page).contains("Đánh dấu tất cả đã đọc").contains("href=\"/notifications/settings\"");
    }

    @Test
    void markAllReadThroughTheApiLeavesNothingUnread() throws Exception {
        UUID person = jdbc.sql("SELECT person_id FROM access_account WHERE username = 'vinhhoi.officer'").query(UUID.class).single();
        transaction.executeWithoutResult(status -> store.insertNotification(person, org.wardops.notifications.NotificationKind.TASK_ASSIGNED,
                "Task", UUID.randomUUID(), "Test đánh dấu tất cả", null, "/tasks", false, clock.instant()));
        long unread = jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE person_id = :p AND read_at IS NULL").param("p", person)
                .query(Long.class).single();
        assertThat(unread).isPositive();
        JsonNode marked = api.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/notifications/read-all")
                .header("Authorization", api.bearer("vinhhoi.officer"))).andReturn());
        assertThat(marked.get("marked").asLong()).isEqualTo(unread);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE person_id = :p AND read_at IS NULL").param("p", person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSettingsPageListsOnlyTheKindsTheRoleReceives() throws Exception {
        String ward = mvc.perform(get("/notifications/settings").with(actors.session("xomchieu.officer"))).andReturn().getResponse().getContentAsString();
        assertThat(ward).contains("Cài đặt nhận thư điện tử").contains("name=\"TASK_ASSIGNED\"").contains("name=\"DIFFICULTY_ANSWERED\"")
                .doesNotContain("name=\"DIFFICULTY_TO_ANSWER\"").doesNotContain("name=\"REPORT_SUBMITTED\"");
        String group = mvc.perform(get("/notifications/settings").with(actors.session("wg15.member"))).andReturn().getResponse().getContentAsString();
        assertThat(group).contains("name=\"DIFFICULTY_TO_ANSWER\"").contains("name=\"REPORT_SUBMITTED\"")
                .doesNotContain("name=\"PRACTICE_RESULT_DUE\"");
        String english = mvc.perform(get("/notifications/settings").cookie(new jakarta.servlet.http.Cookie("wardops-lang", "en"))
                .with(actors.session("wg15.member"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("E-mail preferences");
        String inbox = mvc.perform(get("/notifications").with(actors.session("xomchieu.officer"))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).doesNotContain("name=\"TASK_ASSIGNED\"");
    }

    private DifficultyView submitForXomChieu(String title) {
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        DifficultyView draft = actors.as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu, title,
                "Mô tả khó khăn để thử thông báo.", "INFRASTRUCTURE", Severity.MEDIUM, "Đề nghị hỗ trợ.", null, null, null, false)));
        return actors.as("xomchieu.chair", () -> difficulties.submit(draft.id(), draft.version()));
    }

    /** Seven in the morning, Viet Nam time, on the day. */
    private void moveTo(LocalDate day) {
        clock.set(day.atTime(7, 0).atZone(LocalTime.VIETNAM).toInstant());
    }

    private long mails(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE subject LIKE :subject")
                .param("subject", "%" + subject + "%").query(Long.class).single();
    }

    private long overdueReminders(UUID id) {
        return notificationsFor(id, "DIFFICULTY_OVERDUE");
    }

    private long notificationsFor(UUID id, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE subject_id = :id AND kind = :kind")
                .param("id", id).param("kind", kind).query(Long.class).single();
    }
}
