package org.wardops.notifications.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.notifications.Delivery;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers one notification to people: always into their inbox; by e-mail at once or in the daily digest, as each
 * person chose for the kind. Runs inside the caller's transaction, so the inbox entry and the queued e-mail commit
 * together; sending happens later, with retries, so a mail server that is down loses nothing.
 */
@Component
public class Notifier {

    /** E-mails are written in the deployment's language. */
    static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

    private final NotificationStore store;
    private final PeopleManagement people;
    private final org.springframework.beans.factory.ObjectProvider<org.wardops.shared.security.ActorDirectory> directory;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final Clock clock;

    Notifier(NotificationStore store, PeopleManagement people, MessageSource messages, NotificationSettings settings, Clock clock,
             org.springframework.beans.factory.ObjectProvider<org.wardops.shared.security.ActorDirectory> directory) {
        this.directory = directory;
        this.store = store;
        this.people = people;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** The task's owner when one is named, otherwise the people of the unit. */
    public List<UUID> recipients(UUID unitId, @Nullable UUID ownerPersonId) {
        if (ownerPersonId != null) {
            return List.of(ownerPersonId);
        }
        return CurrentActor.runAs(Actor.system(),
                () -> people.find(unitId, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(PersonView::id).toList());
    }

    public void notify(Collection<UUID> personIds, NotificationKind kind, String subjectType, UUID subjectId, String title,
                       @Nullable String detail, String link) {
        Instant now = clock.instant();
        // One table decides both whom a kind reaches and which kinds a person's settings offer (KindsByRole): a person
        // whose accounts' roles do not receive the kind is left out (a volunteer hears of tasks, not of report requests);
        // a person without an account keeps the e-mail.
        Map<UUID, Set<Role>> roles = directory.getIfAvailable() == null ? Map.of() : directory.getObject().rolesOfPeople(List.copyOf(personIds));
        List<UUID> reached = personIds.stream().distinct()
                .filter(person -> !roles.containsKey(person) || KindsByRole.of(roles.get(person)).contains(kind)).toList();
        List<PersonView> recipients = CurrentActor.runAs(Actor.system(), () -> people.people(reached));
        Map<UUID, Delivery> chosen = store.deliveries(recipients.stream().map(PersonView::id).toList(), kind);
        for (PersonView person : recipients) {
            Delivery delivery = chosen.getOrDefault(person.id(), Delivery.IMMEDIATE);
            boolean mail = person.email() != null && delivery != Delivery.OFF;
            store.insertNotification(person.id(), kind, subjectType, subjectId, title, detail, link,
                    mail && delivery == Delivery.DAILY_DIGEST, now);
            if (mail && delivery == Delivery.IMMEDIATE) {
                String kindText = text("notifications.label.kind." + kind.name());
                StringBuilder body = new StringBuilder(text("notifications.message.mail.greeting", person.fullName())).append("\n\n")
                        .append(kindText).append(": ").append(title).append('\n');
                if (detail != null && !detail.isBlank()) {
                    body.append(detail).append('\n');
                }
                body.append('\n').append(settings.baseUrl()).append(link).append("\n\n").append(text("notifications.message.mail.footer"));
                store.enqueueMail(person.id(), person.email(), "[WardOps] " + kindText + ": " + title, body.toString(), now);
            }
        }
    }

    /** Queues the daily digest of everyone who collected notifications for it; answers how many digests. */
    @Transactional
    public int sendDigests() {
        List<UUID> recipients = store.digestRecipients();
        recipients.forEach(this::sendDigest);
        return recipients.size();
    }

    /** Queues one e-mail listing everything a person collected for the digest since the last one. */
    private void sendDigest(UUID personId) {
        var pending = store.takeDigest(personId);
        if (pending.isEmpty()) {
            return;
        }
        PersonView person = CurrentActor.runAs(Actor.system(), () -> people.person(personId));
        if (person.email() == null) {
            return;
        }
        StringBuilder body = new StringBuilder(text("notifications.message.mail.greeting", person.fullName())).append("\n\n");
        for (var notification : pending) {
            body.append("- ").append(text("notifications.label.kind." + notification.kind().name())).append(": ")
                    .append(notification.title()).append(" (").append(settings.baseUrl()).append(notification.link()).append(")\n");
        }
        body.append('\n').append(text("notifications.message.mail.footer"));
        store.enqueueMail(personId, person.email(), "[WardOps] " + text("notifications.message.mail.digestSubject", pending.size()),
                body.toString(), clock.instant());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MAIL_LOCALE);
    }
}
