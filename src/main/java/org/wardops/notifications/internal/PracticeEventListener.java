package org.wardops.notifications.internal;

import org.springframework.stereotype.Component;
import org.wardops.notifications.NotificationKind;
import org.wardops.practices.PracticeResultDue;
import org.wardops.shared.time.LocalTime;

/**
 * Turns the practices module's reminder into an in-app notification (and e-mail where chosen) for the people of the
 * adopting unit: "time to report the result", linking to the practice page with its result form. Runs after the
 * reminder's transaction committed, kept by the event publication registry until it completes.
 */
@Component
class PracticeEventListener {

    private final Notifier notifier;

    PracticeEventListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @NotificationListener
    void on(PracticeResultDue event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.PRACTICE_RESULT_DUE, "PracticeAdoption", event.adoptionId(),
                event.practiceTitle(), LocalTime.format(event.plannedStart()) + " → " + LocalTime.format(event.dueOn()),
                "/practices/" + event.practiceId() + "#adoption-" + event.adoptionId());
    }
}
