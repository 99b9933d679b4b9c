package org.wardops.training.internal;

import org.wardops.shared.RuleViolationException;
import org.wardops.training.RequestState;
import org.wardops.training.TrainingRequestView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The lifecycle of a training request: only a waiting request is accepted into a session or declined. */
public final class TrainingRequest {

    private TrainingRequest() {
    }

    public static TrainingRequestView accept(TrainingRequestView request, UUID sessionId, UUID courseId, LocalDate heldOn, int enrolled, Instant now) {
        requireWaiting(request);
        return new TrainingRequestView(request.id(), request.unitId(), request.topic(), request.topicLabel(), request.people(), request.preferredPeriod(),
                request.reason(), RequestState.ACCEPTED, sessionId, courseId, heldOn, enrolled, null, request.requestedBy(), request.requestedAt(), now,
                request.version());
    }

    public static TrainingRequestView decline(TrainingRequestView request, String reason, Instant now) {
        requireWaiting(request);
        return new TrainingRequestView(request.id(), request.unitId(), request.topic(), request.topicLabel(), request.people(), request.preferredPeriod(),
                request.reason(), RequestState.DECLINED, null, null, null, 0, reason, request.requestedBy(), request.requestedAt(), now, request.version());
    }

    public static void requireWaiting(TrainingRequestView request) {
        if (request.state() != RequestState.REQUESTED) {
            throw new RuleViolationException("training.error.request.alreadyDecided", request.state().name());
        }
    }
}
