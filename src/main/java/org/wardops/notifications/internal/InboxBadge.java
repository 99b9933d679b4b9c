package org.wardops.notifications.internal;

import org.springframework.stereotype.Component;
import org.wardops.shared.security.Actor;
import org.wardops.shared.web.HeaderBadge;

import java.util.Optional;

/** The inbox link with its unread count in the page header. */
@Component
class InboxBadge implements HeaderBadge {

    private final NotificationStore store;

    InboxBadge(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Optional<Badge> badgeFor(Actor actor) {
        if (actor.personId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Badge("notifications.label.header.inbox", "/notifications", store.unread(actor.personId())));
    }
}
