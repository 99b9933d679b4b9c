package org.wardops.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.notifications.internal.MailDispatcher;
import org.wardops.support.Actors;
import org.wardops.support.ClockedIntegrationTest;
import org.wardops.tasks.CascadeTask;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskView;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** E-mail through an in-process SMTP server (GreenMail): sent, and retried with backoff while the server is down. */
class NotificationMailIntegrationTests extends ClockedIntegrationTest {

    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    static {
        // A loaded build machine may need longer than GreenMail's default two seconds.
        SMTP.setServerStartupTimeout(10_000);
    }

    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskManagement tasks;
    @Autowired
    MailDispatcher mail;

    private GreenMail server;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(EventBacklog.EXECUTOR)
    Object notificationsExecutor;

    @org.junit.jupiter.api.BeforeEach
    void demoEventsHandled() {
        EventBacklog.awaitDrained(notificationsExecutor);
    }

    @BeforeEach
    void startServer() {
        server = new GreenMail(SMTP);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void anAssignmentIsMailedToTheWardsPeopleOverSmtp() throws Exception {
        TaskView task = assignToKhanhHoi("Test thư giao việc");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsFor(task.title()) == khanhHoiAddresses().size());
        mail.dispatch();

        List<MimeMessage> received = receivedByKhanhHoi("Test thư giao việc");
        assertThat(received).hasSize(khanhHoiAddresses().size()).hasSizeGreaterThanOrEqualTo(2);
        String officerEmail = jdbc.sql("SELECT email FROM directory_person WHERE full_name = 'Trương Minh Khoa'").query(String.class).single();
        assertThat(received).anySatisfy(message -> assertThat(message.getAllRecipients()[0].toString()).isEqualTo(officerEmail));
        assertThat(received.getFirst().getContent().toString()).contains("/tasks/" + task.id());
        assertThat(statuses(task.title())).containsOnly("SENT");
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailWithBackoffButNotTheInbox() throws Exception {
        TaskView task = assignToKhanhHoi("Test thư khi máy chủ hỏng");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsFor(task.title()) == khanhHoiAddresses().size());
        server.stop();

        mail.dispatch();
        assertThat(statuses(task.title())).containsOnly("PENDING");
        assertThat(jdbc.sql("SELECT attempts FROM notifications_mail WHERE subject LIKE :subject").param("subject", "%" + task.title() + "%")
                .query(Integer.class).list()).containsOnly(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE subject_id = :id").param("id", task.id())
                .query(Long.class).single()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id "
                        + "WHERE u.code = '27265'").query(Long.class).single());

        mail.dispatch();
        assertThat(jdbc.sql("SELECT attempts FROM notifications_mail WHERE subject LIKE :subject").param("subject", "%" + task.title() + "%")
                .query(Integer.class).list()).as("not due again before the backoff").containsOnly(1);

        server = new GreenMail(SMTP);
        server.start();
        clock.advance(Duration.ofMinutes(2));
        mail.dispatch();
        assertThat(statuses(task.title())).containsOnly("SENT");
        assertThat(receivedByKhanhHoi(task.title())).hasSize(khanhHoiAddresses().size());
    }

    private TaskView assignToKhanhHoi(String title) {
        UUID group = jdbc.sql("SELECT id FROM directory_unit WHERE code = '79-TCT-15'").query(UUID.class).single();
        UUID khanhHoi = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27265'").query(UUID.class).single();
        return actors.as("wg15.lead", () -> {
            TaskView parent = tasks.create(new SaveTask(title, "", null, null, group, null, LocalDate.of(2025, 11, 1),
                    LocalDate.of(2025, 11, 30), TaskPriority.NORMAL, false, null, null, null));
            return tasks.cascade(parent.id(), new CascadeTask(List.of(khanhHoi), null, false, null)).getFirst();
        });
    }

    private long mailsFor(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_mail m WHERE m.subject LIKE :subject AND m.person_id IN "
                        + "(SELECT p.id FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = '27265')")
                .param("subject", "%" + title + "%").query(Long.class).single();
    }

    private List<String> statuses(String title) {
        return jdbc.sql("SELECT m.status FROM notifications_mail m WHERE m.subject LIKE :subject AND m.person_id IN "
                        + "(SELECT p.id FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = '27265')")
                .param("subject", "%" + title + "%").query(String.class).list();
    }

    /** The messages about a task that reached the people of Khánh Hội (the parent's go to the working group's). */
    private List<String> khanhHoiAddresses() {
        return jdbc.sql("SELECT p.email FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = '27265' "
                + "AND p.email IS NOT NULL").query(String.class).list();
    }

    private List<MimeMessage> receivedByKhanhHoi(String title) {
        List<String> addresses = khanhHoiAddresses();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> subject(message).contains(title) && addresses.contains(recipient(message)))
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
