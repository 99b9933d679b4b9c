package org.wardops.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.notifications.MailView;
import org.wardops.notifications.NotificationSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the e-mails that are due, or captures them in the zero-setup mode. A failed send is retried later, waiting
 * the initial backoff and doubling it each time, until the last attempt marks it FAILED; each mail's outcome is
 * written in its own transaction so that one failure does not undo the others.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatcher(NotificationStore store, ObjectProvider<JavaMailSender> sender, NotificationSettings settings, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Sends (or captures) every mail whose next attempt is due, batch by batch; answers how many left the outbox. Each
     * mail handled is sent or moved to a later attempt, so the loop ends.
     */
    public int dispatch() {
        int delivered = 0;
        List<MailView> batch;
        do {
            batch = store.dueMail(clock.instant(), BATCH);
            for (MailView mail : batch) {
                delivered += deliver(mail) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return delivered;
    }

    private boolean deliver(MailView mail) {
        if (!settings.sendsMail()) {
            transaction.executeWithoutResult(status -> store.mailDone(mail.id(), "CAPTURED", clock.instant()));
            attempted("captured");
            return true;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("Mail {} waits: wardops.notifications.mail-mode is smtp but spring.mail.host is not set", mail.id());
            retryLater(mail, "NoMailServerConfigured");
            return false;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.mailFrom());
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            smtp.send(message);
            transaction.executeWithoutResult(status -> store.mailDone(mail.id(), "SENT", clock.instant()));
            attempted("sent");
            return true;
        } catch (MailException e) {
            log.warn("Mail {} not sent (attempt {} of {}): {}", mail.id(), mail.attempts() + 1, settings.maxAttempts(), e.getClass().getSimpleName());
            retryLater(mail, e.getClass().getSimpleName());
            return false;
        }
    }

    private void retryLater(MailView mail, String error) {
        int attempt = mail.attempts() + 1;
        boolean last = attempt >= settings.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempt));
        transaction.executeWithoutResult(status -> store.mailFailed(mail.id(), last ? "FAILED" : "PENDING", next, error));
        attempted(last ? "failed" : "retry");
    }

    /** {@code wardops_mail_attempts_total{outcome=sent|captured|retry|failed}}: every attempt, for the operations team. */
    private static void attempted(String outcome) {
        io.micrometer.core.instrument.Metrics.counter("wardops.mail.attempts", "outcome", outcome).increment();
    }

    /** The wait after the given failed attempt: the initial backoff, doubled for each attempt before it. */
    Duration backoff(int attempt) {
        return settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
