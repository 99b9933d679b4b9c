package org.wardops.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Notification settings ({@code wardops.notifications.*}): e-mail is {@code capture}d to the outbox page (zero-setup
 * default) or sent over {@code smtp} (spring.mail.*); failed sends are retried {@code max-attempts} times, waiting
 * {@code initial-backoff} and doubling; reminders go the given days before a due date and on the first overdue day;
 * {@code base-url} starts the links in e-mails.
 */
@ConfigurationProperties("wardops.notifications")
public record NotificationSettings(
        @DefaultValue("capture") String mailMode,
        @DefaultValue("wardops@localhost") String mailFrom,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration initialBackoff,
        @DefaultValue({"7", "3", "1"}) List<Integer> remindDaysBefore,
        @DefaultValue("true") boolean remindOnFirstOverdueDay,
        @DefaultValue("true") boolean jobsEnabled,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    public boolean sendsMail() {
        return "smtp".equalsIgnoreCase(mailMode);
    }
}
