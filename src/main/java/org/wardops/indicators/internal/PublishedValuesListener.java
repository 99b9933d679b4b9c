package org.wardops.indicators.internal;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/**
 * Stores what other modules publish, after their transaction committed, as WardOps itself (the system account): like
 * Modulith's {@code @ApplicationModuleListener} (tracked by the event publication registry), but on
 * {@link PublishedValuesExecutor}'s one thread, so that a burst of events takes one connection, not one per event.
 */
@Component
class PublishedValuesListener {

    private final IndicatorManagement indicators;

    PublishedValuesListener(IndicatorManagement indicators) {
        this.indicators = indicators;
    }

    @Async(PublishedValuesExecutor.NAME)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(IndicatorValuesPublished event) {
        CurrentActor.runAs(Actor.system(), () -> indicators.storePublished(event));
    }
}
