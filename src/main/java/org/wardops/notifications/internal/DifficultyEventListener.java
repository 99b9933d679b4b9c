package org.wardops.notifications.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.DifficultyAnswered;
import org.wardops.difficulties.DifficultyCosigned;
import org.wardops.difficulties.DifficultyDeclined;
import org.wardops.difficulties.DifficultyEscalated;
import org.wardops.difficulties.DifficultyForwarded;
import org.wardops.difficulties.DifficultyReopened;
import org.wardops.difficulties.DifficultySubmitted;
import org.wardops.notifications.NotificationKind;
import org.wardops.shared.time.LocalTime;

import java.util.List;
import java.util.UUID;

/**
 * Turns the difficulties module's events into notifications, the same way as {@link TaskEventListener}: the people
 * of the unit that must answer (working group, department, or the province unit for the city leadership) get "to
 * answer" when a difficulty is submitted, forwarded, escalated or reopened; the people of the raising unit get the
 * answer, the decline and co-signatures. Each listener runs after the difficulty's transaction committed, in its own
 * transaction, kept by the event publication registry until it completes.
 */
@Component
class DifficultyEventListener {

    private static final String DIFFICULTY = "Difficulty";

    private final Notifier notifier;

    DifficultyEventListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @NotificationListener
    void on(DifficultySubmitted event) {
        notifier.notify(answering(event.answeringUnitId()), NotificationKind.DIFFICULTY_TO_ANSWER, DIFFICULTY, event.difficultyId(),
                event.title(), LocalTime.format(event.dueDate()), link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyForwarded event) {
        notifier.notify(answering(event.answeringUnitId()), NotificationKind.DIFFICULTY_TO_ANSWER, DIFFICULTY, event.difficultyId(),
                event.title(), detail(LocalTime.format(event.dueDate()) + " — " + event.note()), link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyEscalated event) {
        notifier.notify(answering(event.answeringUnitId()), NotificationKind.DIFFICULTY_TO_ANSWER, DIFFICULTY, event.difficultyId(),
                event.title(), detail(LocalTime.format(event.dueDate()) + " — " + event.note()), link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyReopened event) {
        notifier.notify(answering(event.answeringUnitId()), NotificationKind.DIFFICULTY_TO_ANSWER, DIFFICULTY, event.difficultyId(),
                event.title(), event.reason(), link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyAnswered event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.DIFFICULTY_ANSWERED, DIFFICULTY, event.difficultyId(),
                event.title(), event.answer() == null ? event.answeredBy() : detail(event.answeredBy() + " — " + event.answer()),
                link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyDeclined event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.DIFFICULTY_DECLINED, DIFFICULTY, event.difficultyId(),
                event.title(), event.reason(), link(event.difficultyId()));
    }

    @NotificationListener
    void on(DifficultyCosigned event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.DIFFICULTY_COSIGNED, DIFFICULTY, event.difficultyId(),
                event.title(), event.cosigningUnitName(), link(event.difficultyId()));
    }

    private List<UUID> answering(@Nullable UUID answeringUnitId) {
        return answeringUnitId == null ? List.of() : notifier.recipients(answeringUnitId, null);
    }

    /** The inbox keeps at most 2000 characters of detail; a note at its own limit with the date before it is cut. */
    private static String detail(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    static String link(UUID difficultyId) {
        return "/difficulties/" + difficultyId;
    }
}
