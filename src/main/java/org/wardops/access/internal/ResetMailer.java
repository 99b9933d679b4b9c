package org.wardops.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Sends the password-reset e-mail. Access cannot use the notifications outbox (notifications is a module above
 * access), so it follows the same setting: {@code wardops.notifications.mail-mode=smtp} sends through Spring's
 * {@link JavaMailSender} at once, {@code capture} (the zero-setup default) keeps the last mails in memory, not sent.
 * The link is never logged.
 */
@Component
public class ResetMailer {

    /** A reset e-mail as it was (or would have been) sent. */
    public record ResetMail(String recipient, String subject, String body) {

        @Override
        public String toString() {
            return "ResetMail[recipient=***]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ResetMailer.class);
    private static final int CAPTURED = 50;

    private final ObjectProvider<JavaMailSender> sender;
    private final String mode;
    private final String from;
    private final Deque<ResetMail> captured = new ArrayDeque<>();

    ResetMailer(ObjectProvider<JavaMailSender> sender, @Value("${wardops.notifications.mail-mode:capture}") String mode,
                @Value("${wardops.notifications.mail-from:wardops@localhost}") String from) {
        this.sender = sender;
        this.mode = mode;
        this.from = from;
    }

    public void send(UUID accountId, ResetMail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (!"smtp".equalsIgnoreCase(mode) || smtp == null) {
            synchronized (captured) {
                captured.addFirst(mail);
                while (captured.size() > CAPTURED) {
                    captured.removeLast();
                }
            }
            log.info("Password reset mail for account {} captured, not sent (mail mode {})", accountId, mode);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            smtp.send(message);
            log.info("Password reset mail for account {} sent", accountId);
        } catch (MailException e) {
            log.warn("Password reset mail for account {} could not be sent: {}", accountId, e.getClass().getSimpleName());
        }
    }

    /** The captured mails, newest first (capture mode only). */
    public List<ResetMail> captured() {
        synchronized (captured) {
            return List.copyOf(captured);
        }
    }
}
