package org.wardops.notifications.internal;

import org.springframework.stereotype.Component;
import org.wardops.notifications.NotificationKind;
import org.wardops.shared.time.LocalTime;
import org.wardops.training.TrainingRequestAccepted;
import org.wardops.training.TrainingRequestDeclined;

import java.util.UUID;

/**
 * Tells the people of a unit that its training request was accepted (the course, the session's day, how many of them
 * were enrolled; notifications are written in the deployment's language) or declined (with the reason), the same way
 * as {@link DifficultyEventListener}.
 */
@Component
class TrainingEventListener {

    private static final String REQUEST = "TrainingRequest";

    private final Notifier notifier;

    TrainingEventListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @NotificationListener
    void on(TrainingRequestAccepted event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.TRAINING_REQUEST_ACCEPTED, REQUEST, event.requestId(),
                event.topicLabel(), event.courseTitle() + " — " + LocalTime.format(event.heldOn()) + " — ghi danh " + event.enrolled() + " người", link(event.requestId()));
    }

    @NotificationListener
    void on(TrainingRequestDeclined event) {
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.TRAINING_REQUEST_DECLINED, REQUEST, event.requestId(),
                event.topicLabel(), event.reason(), link(event.requestId()));
    }

    static String link(UUID requestId) {
        return "/training/requests/" + requestId;
    }
}
