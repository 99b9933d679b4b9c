package org.wardops.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.notifications.internal.NotificationJobs;
import org.wardops.notifications.internal.NotificationStore;
import org.wardops.notifications.internal.Notifier;
import org.wardops.notifications.internal.ReminderJob;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.ClockedIntegrationTest;
import org.wardops.tasks.CascadeTask;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskView;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class NotificationIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskManagement tasks;
    @Autowired
    DifficultyManagement difficulties;
    @Autowired
    NotificationSettings settings;
    @Autowired
    NotificationStore store;
    @Autowired
    Notifier notifier;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;
    @Autowired
    NotificationManagement notifications;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(EventBacklog.EXECUTOR)
    Object notificationsExecutor;

    @org.junit.jupiter.api.BeforeEach
    void demoEventsHandled() {
        EventBacklog.awaitDrained(notificationsExecutor);
    }

    @Test
    void anAssignedTaskReachesTheInboxOfTheWardsPeopleAndCanBeMarkedRead() throws Exception {
        TaskView task = assignToKhanhHoi("Test thông báo giao việc", LocalDate.of(2025, 11, 28));
        String officer = api.bearer("khanhhoi.officer");
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(task.id(), "TASK_ASSIGNED") == khanhHoiPeople());

        JsonNode inbox = api.read(mvc.perform(get("/api/v1/notifications").header("Authorization", officer)).andReturn());
        JsonNode mine = null;
        for (JsonNode item : inbox.get("items")) {
            if (item.get("link").asString().equals("/tasks/" + task.id())) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("TASK_ASSIGNED");
        assertThat(mine.get("readAt").isNull()).isTrue();
        long unread = actors.as("khanhhoi.officer", () -> notifications.unreadCount());

        assertThat(mvc.perform(post("/api/v1/notifications/" + mine.get("id").asString() + "/read").header("Authorization", officer))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(actors.as("khanhhoi.officer", () -> notifications.unreadCount())).isEqualTo(unread - 1);
        String other = api.bearer("xomchieu.officer");
        assertThat(mvc.perform(post("/api/v1/notifications/" + mine.get("id").asString() + "/read").header("Authorization", other))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void remindersGoExactlyOnceEvenWithTwoSchedulerInstancesOnOneDatabase() throws Exception {
        TaskView task = assignToKhanhHoi("Test nhắc hạn", LocalDate.of(2025, 11, 8));
        ReminderJob first = new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock);
        ReminderJob second = new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock);
        var firstInstance = new net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor(NotificationJobs.lockProvider(dataSource));
        var secondInstance = new net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor(NotificationJobs.lockProvider(dataSource));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Object> runFirst = () -> {
                start.await();
                return NotificationJobs.runLocked(firstInstance, "notifications-reminders", Duration.ofMinutes(5), first::remind);
            };
            Callable<Object> runSecond = () -> {
                start.await();
                return NotificationJobs.runLocked(secondInstance, "notifications-reminders", Duration.ofMinutes(5), second::remind);
            };
            Future<Object> a = pool.submit(runFirst);
            Future<Object> b = pool.submit(runSecond);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        NotificationJobs.runLocked(secondInstance, "notifications-reminders", Duration.ofMinutes(5), second::remind);
        first.remind();

        assertThat(notificationsFor(task.id(), "TASK_DUE_SOON")).isEqualTo(khanhHoiPeople());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_reminder WHERE subject_id = :id AND occasion = 'BEFORE_3'")
                .param("id", task.id()).query(Long.class).single()).isEqualTo(khanhHoiPeople());

        clock.advance(Duration.ofDays(1));
        first.remind();
        second.remind();
        assertThat(notificationsFor(task.id(), "TASK_DUE_SOON")).isEqualTo(khanhHoiPeople());

        clock.advance(Duration.ofDays(1));
        first.remind();
        second.remind();
        assertThat(notificationsFor(task.id(), "TASK_DUE_SOON")).isEqualTo(2 * khanhHoiPeople());

        clock.advance(Duration.ofDays(2));
        first.remind();
        second.remind();
        clock.advance(Duration.ofDays(1));
        first.remind();
        assertThat(notificationsFor(task.id(), "TASK_OVERDUE")).isEqualTo(khanhHoiPeople());
    }

    @Test
    void aPersonWhoChoseTheDailyDigestGetsOneMailInsteadOfOneEach() throws Exception {
        UUID officer = jdbc.sql("SELECT id FROM directory_person WHERE full_name = 'Trương Minh Khoa'").query(UUID.class).single();
        mvc.perform(post("/notifications/preferences").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(actors.session("khanhhoi.officer")).param("TASK_ASSIGNED", "DAILY_DIGEST"));
        try {
            assertThat(actors.as("khanhhoi.officer", () -> notifications.preferences()).get(NotificationKind.TASK_ASSIGNED))
                    .isEqualTo(Delivery.DAILY_DIGEST);
            TaskView first = assignToKhanhHoi("Test tổng hợp thứ nhất", LocalDate.of(2025, 11, 27));
            TaskView second = assignToKhanhHoi("Test tổng hợp thứ hai", LocalDate.of(2025, 11, 28));
            await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(second.id(), "TASK_ASSIGNED") == khanhHoiPeople()
                    && notificationsFor(first.id(), "TASK_ASSIGNED") == khanhHoiPeople());
            assertThat(mailsOf(officer, "Test tổng hợp")).isZero();

            assertThat(CurrentActor.runAs(org.wardops.shared.security.Actor.system(), () -> notifier.sendDigests())).isGreaterThanOrEqualTo(1);
            List<String> bodies = jdbc.sql("SELECT body FROM notifications_mail WHERE person_id = :person AND subject LIKE '%Tổng hợp%'")
                    .param("person", officer).query(String.class).list();
            assertThat(bodies).anySatisfy(body -> assertThat(body).contains("Test tổng hợp thứ nhất").contains("Test tổng hợp thứ hai"));
            assertThat(CurrentActor.runAs(org.wardops.shared.security.Actor.system(), () -> notifier.sendDigests())).isZero();
        } finally {
            actors.as("khanhhoi.officer", () -> notifications.choose(java.util.Map.of(NotificationKind.TASK_ASSIGNED, Delivery.IMMEDIATE)));
        }
    }

    @Test
    void noReminderForACompletedTask() {
        TaskView task = assignToKhanhHoi("Test không nhắc khi xong", LocalDate.of(2025, 11, 6));
        actors.as("khanhhoi.officer", () -> tasks.reportCompletion(task.id(), "Xong", null));
        actors.as("wg15.lead", () -> tasks.accept(task.id()));
        new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock).remind();
        assertThat(notificationsFor(task.id(), "TASK_DUE_SOON")).isZero();
    }

    @Test
    void theInboxPageShowsNotificationsAndTheHeaderTheUnreadCount() throws Exception {
        TaskView task = assignToKhanhHoi("Test trang thông báo", LocalDate.of(2025, 11, 29));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(task.id(), "TASK_ASSIGNED") == khanhHoiPeople());
        long unread = actors.as("khanhhoi.officer", () -> notifications.unreadCount());
        String page = mvc.perform(get("/notifications").with(actors.session("khanhhoi.officer"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Test trang thông báo").contains("href=\"/notifications/settings\"").contains("Cài đặt nhận thư điện tử");
        java.util.regex.Matcher badge = java.util.regex.Pattern.compile("Thông báo \\((\\d+) chưa đọc\\)").matcher(page);
        assertThat(badge.find()).isTrue();
        // Other tests' notifications may still be arriving; the badge counts at least what was unread before.
        assertThat(Long.parseLong(badge.group(1))).isGreaterThanOrEqualTo(unread);
    }

    private TaskView assignToKhanhHoi(String title, LocalDate due) {
        UUID group = jdbc.sql("SELECT id FROM directory_unit WHERE code = '79-TCT-15'").query(UUID.class).single();
        UUID khanhHoi = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27265'").query(UUID.class).single();
        return actors.as("wg15.lead", () -> {
            TaskView parent = tasks.create(new SaveTask(title, "", null, null, group, null, LocalDate.of(2025, 11, 1), due,
                    TaskPriority.NORMAL, false, null, null, null));
            return tasks.cascade(parent.id(), new CascadeTask(List.of(khanhHoi), null, false, null)).getFirst();
        });
    }

    /** Everyone of Khánh Hội receives its tasks' notifications (its officer and chair in the demo). */
    private long khanhHoiPeople() {
        return jdbc.sql("SELECT COUNT(*) FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = '27265'")
                .query(Long.class).single();
    }

    private long mailsOf(UUID person, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE person_id = :person AND subject LIKE :subject")
                .param("person", person).param("subject", "%" + subject + "%").query(Long.class).single();
    }

    private long notificationsFor(UUID taskId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE subject_id = :id AND kind = :kind")
                .param("id", taskId).param("kind", kind).query(Long.class).single();
    }
}
