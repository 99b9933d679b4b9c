package org.wardops.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.notifications.internal.KindsByRole;
import org.wardops.notifications.internal.NotificationStore;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A person's inbox and e-mail preferences, and the mail outbox. Everyone reads only their own notifications and
 * mail; system administrators read the whole outbox.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    private final NotificationStore store;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationManagement(NotificationStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<NotificationView> inbox(PageRequest page) {
        UUID person = person(CurrentActor.get());
        return person == null ? new PageResult<>(java.util.List.of(), page.page(), page.size(), 0) : store.inbox(person, page);
    }

    public long unreadCount() {
        UUID person = person(CurrentActor.get());
        return person == null ? 0 : store.unread(person);
    }

    /** Marks one of the actor's own notifications read; someone else's is not found. */
    @Transactional
    public void markRead(UUID id) {
        UUID person = person(CurrentActor.get());
        if (person == null || !store.ownerOf(id).map(person::equals).orElse(false)) {
            throw new NotificationNotFoundException(id);
        }
        store.markRead(id, clock.instant());
    }

    @Transactional
    public int markAllRead() {
        UUID person = person(CurrentActor.get());
        return person == null ? 0 : store.markAllRead(person, clock.instant());
    }

    /**
     * The actor's e-mail choice for each kind their roles receive (and any other kind they have been notified of), in
     * the kinds' order.
     */
    public Map<NotificationKind, Delivery> preferences() {
        Actor actor = CurrentActor.get();
        UUID person = requirePerson(actor);
        java.util.Set<NotificationKind> kinds = KindsByRole.of(actor.roles());
        kinds.addAll(store.kindsReceived(person));
        Map<NotificationKind, Delivery> shown = new java.util.EnumMap<>(NotificationKind.class);
        store.preferences(person).forEach((kind, delivery) -> {
            if (kinds.contains(kind)) {
                shown.put(kind, delivery);
            }
        });
        return shown;
    }

    @Transactional
    public Map<NotificationKind, Delivery> choose(Map<NotificationKind, Delivery> choices) {
        Actor actor = CurrentActor.get();
        UUID person = requirePerson(actor);
        Map<NotificationKind, Delivery> before = store.preferences(person);
        choices.forEach((kind, delivery) -> store.choose(person, kind, delivery));
        Map<NotificationKind, Delivery> after = store.preferences(person);
        if (!before.equals(after)) {
            audit.record("notifications.preferences.chosen", "Person", person, actor.unitId(), before, after);
        }
        return preferences();
    }

    /** The actor's own e-mails; the whole outbox for system administrators. */
    public PageResult<MailView> outbox(PageRequest page) {
        Actor actor = CurrentActor.get();
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            return store.outbox(null, page);
        }
        UUID person = person(actor);
        return person == null ? new PageResult<>(java.util.List.of(), page.page(), page.size(), 0) : store.outbox(person, page);
    }

    private static @org.jspecify.annotations.Nullable UUID person(Actor actor) {
        return actor.personId();
    }

    private static UUID requirePerson(Actor actor) {
        if (actor.personId() == null) {
            throw new RuleViolationException("notifications.error.preferences.noPerson");
        }
        return actor.personId();
    }
}
