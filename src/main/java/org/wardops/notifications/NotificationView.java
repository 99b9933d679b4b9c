package org.wardops.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One notification in a person's inbox; {@code title} names the record, {@code kind} says what happened to it. */
public record NotificationView(UUID id, NotificationKind kind, String title, @Nullable String detail, String link,
                               Instant createdAt, @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
