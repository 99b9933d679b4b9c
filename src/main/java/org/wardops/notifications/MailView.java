package org.wardops.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An e-mail in the outbox: waiting (PENDING), SENT, CAPTURED (zero-setup mode) or FAILED after its last attempt. */
public record MailView(UUID id, String recipient, String subject, String body, String status, int attempts,
                       Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
