package org.wardops.notifications;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException(UUID id) {
        super("notifications.error.notification.notFound", id);
    }
}
