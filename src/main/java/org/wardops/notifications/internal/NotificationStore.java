package org.wardops.notifications.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.notifications.Delivery;
import org.wardops.notifications.MailView;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationView;
import org.wardops.shared.Ids;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The inbox, preferences, reminder claims and the mail outbox. */
@Repository
public class NotificationStore {

    private static final String NOTIFICATION = "id, kind, title, detail, link, created_at, read_at";
    private static final String MAIL = "id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertNotification(UUID personId, NotificationKind kind, String subjectType, UUID subjectId, String title,
                                   @Nullable String detail, String link, boolean digestPending, Instant now) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO notifications_notification (id, person_id, kind, subject_type, subject_id, title, detail, link, digest_pending, "
                        + "created_at) VALUES (:id, :personId, :kind, :subjectType, :subjectId, :title, :detail, :link, :digest, :now)")
                .param("id", id).param("personId", personId).param("kind", kind.name()).param("subjectType", subjectType)
                .param("subjectId", subjectId).param("title", cut(title, 300)).param("detail", detail == null ? null : cut(detail, 2000))
                .param("link", link).param("digest", digestPending).param("now", timestamp(now)).update();
        return id;
    }

    public PageResult<NotificationView> inbox(UUID personId, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE person_id = :personId").param("personId", personId)
                .query(Long.class).single();
        List<NotificationView> items = jdbc.sql("SELECT " + NOTIFICATION + " FROM notifications_notification WHERE person_id = :personId "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("personId", personId).param("limit", page.size()).param("offset", page.offset())
                .query(NotificationStore::notification).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long unread(UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE person_id = :personId AND read_at IS NULL")
                .param("personId", personId).query(Long.class).single();
    }

    public Optional<UUID> ownerOf(UUID notificationId) {
        return jdbc.sql("SELECT person_id FROM notifications_notification WHERE id = :id").param("id", notificationId).query(UUID.class).optional();
    }

    public boolean markRead(UUID notificationId, Instant now) {
        return jdbc.sql("UPDATE notifications_notification SET read_at = :now WHERE id = :id AND read_at IS NULL")
                .param("id", notificationId).param("now", timestamp(now)).update() == 1;
    }

    public int markAllRead(UUID personId, Instant now) {
        return jdbc.sql("UPDATE notifications_notification SET read_at = :now WHERE person_id = :personId AND read_at IS NULL")
                .param("personId", personId).param("now", timestamp(now)).update();
    }

    /** The kinds the person has ever been notified of. */
    public java.util.Set<NotificationKind> kindsReceived(UUID personId) {
        java.util.Set<NotificationKind> kinds = java.util.EnumSet.noneOf(NotificationKind.class);
        jdbc.sql("SELECT DISTINCT kind FROM notifications_notification WHERE person_id = :personId").param("personId", personId)
                .query(String.class).list().forEach(kind -> kinds.add(NotificationKind.valueOf(kind)));
        return kinds;
    }

    public Map<NotificationKind, Delivery> preferences(UUID personId) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, Delivery.IMMEDIATE);
        }
        jdbc.sql("SELECT kind, delivery FROM notifications_preference WHERE person_id = :personId").param("personId", personId)
                .query((rs, row) -> Map.entry(NotificationKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery"))))
                .list().forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
        return chosen;
    }

    /** How each of the people wants the kind delivered, in one query (immediately unless they chose otherwise). */
    public Map<UUID, Delivery> deliveries(java.util.Collection<UUID> personIds, NotificationKind kind) {
        Map<UUID, Delivery> chosen = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql("SELECT person_id, delivery FROM notifications_preference WHERE kind = :kind AND person_id IN (:ids)")
                .param("kind", kind.name()).param("ids", personIds)
                .query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class), Delivery.valueOf(rs.getString("delivery"))))
                .list().forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
        return chosen;
    }

    public void choose(UUID personId, NotificationKind kind, Delivery delivery) {
        int changed = jdbc.sql("UPDATE notifications_preference SET delivery = :delivery WHERE person_id = :personId AND kind = :kind")
                .param("personId", personId).param("kind", kind.name()).param("delivery", delivery.name()).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO notifications_preference (person_id, kind, delivery) VALUES (:personId, :kind, :delivery)")
                    .param("personId", personId).param("kind", kind.name()).param("delivery", delivery.name()).update();
        }
    }

    /** Claims a reminder; the primary key makes a second claim fail, so each reminder goes once. */
    public void claimReminder(UUID subjectId, UUID personId, String occasion, LocalDate dueDate, Instant now) {
        jdbc.sql("INSERT INTO notifications_reminder (subject_id, person_id, occasion, due_date, sent_at) "
                        + "VALUES (:subjectId, :personId, :occasion, :dueDate, :now)")
                .param("subjectId", subjectId).param("personId", personId).param("occasion", occasion).param("dueDate", dueDate)
                .param("now", timestamp(now)).update();
    }

    public boolean reminderSent(UUID subjectId, UUID personId, String occasion, LocalDate dueDate) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_reminder WHERE subject_id = :subjectId AND person_id = :personId "
                        + "AND occasion = :occasion AND due_date = :dueDate")
                .param("subjectId", subjectId).param("personId", personId).param("occasion", occasion).param("dueDate", dueDate)
                .query(Long.class).single() > 0;
    }

    /** People with notifications waiting for their daily digest. */
    public List<UUID> digestRecipients() {
        return jdbc.sql("SELECT DISTINCT person_id FROM notifications_notification WHERE digest_pending = TRUE").query(UUID.class).list();
    }

    public List<NotificationView> takeDigest(UUID personId) {
        List<NotificationView> pending = jdbc.sql("SELECT " + NOTIFICATION + " FROM notifications_notification "
                        + "WHERE person_id = :personId AND digest_pending = TRUE ORDER BY created_at, id")
                .param("personId", personId).query(NotificationStore::notification).list();
        jdbc.sql("UPDATE notifications_notification SET digest_pending = FALSE WHERE person_id = :personId AND digest_pending = TRUE")
                .param("personId", personId).update();
        return pending;
    }

    public void enqueueMail(UUID personId, String recipient, String subject, String body, Instant now) {
        jdbc.sql("INSERT INTO notifications_mail (id, person_id, recipient, subject, body, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (:id, :personId, :recipient, :subject, :body, 'PENDING', 0, :now, :now)")
                .param("id", Ids.next()).param("personId", personId).param("recipient", recipient).param("subject", cut(subject, 300))
                .param("body", cut(body, 8000)).param("now", timestamp(now)).update();
    }

    public List<MailView> dueMail(Instant now, int limit) {
        return jdbc.sql("SELECT " + MAIL + " FROM notifications_mail WHERE status = 'PENDING' AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", timestamp(now)).param("limit", limit).query(NotificationStore::mail).list();
    }

    /** How many mails have the status (PENDING: waiting for a first or a later attempt; FAILED: given up). */
    public long mailCount(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE status = :status").param("status", status).query(Long.class).single();
    }

    public void mailDone(UUID id, String status, Instant now) {
        jdbc.sql("UPDATE notifications_mail SET status = :status, attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id")
                .param("id", id).param("status", status).param("now", timestamp(now)).update();
    }

    public void mailFailed(UUID id, String status, Instant nextAttempt, String error) {
        jdbc.sql("UPDATE notifications_mail SET status = :status, attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id")
                .param("id", id).param("status", status).param("next", timestamp(nextAttempt)).param("error", cut(error, 1000)).update();
    }

    public PageResult<MailView> outbox(@Nullable UUID personId, PageRequest page) {
        String where = personId == null ? "" : " WHERE person_id = :personId";
        Map<String, Object> params = personId == null ? Map.of() : Map.of("personId", personId);
        long total = jdbc.sql("SELECT COUNT(*) FROM notifications_mail" + where).params(params).query(Long.class).single();
        List<MailView> items = jdbc.sql("SELECT " + MAIL + " FROM notifications_mail" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(NotificationStore::mail).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String cut(String text, int limit) {
        return text.length() > limit ? text.substring(0, limit) : text;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static NotificationView notification(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("detail"), rs.getString("link"), instant(rs, "created_at"), instant(rs, "read_at"));
    }

    private static MailView mail(ResultSet rs, int row) throws SQLException {
        return new MailView(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }
}
