package org.wardops.indicators.internal;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/**
 * Stores what other modules publish, after their transaction committed, as WardOps itself (the system account): like
 * Modulith's {@code @ApplicationModuleListener} (tracked by the event publication registry), but on
 * {@link PublishedValuesExecutor}'s one thread, so that a burst of events takes one connection, not one per event.
 * A store that meets a lock held too long (a long import or demo transaction; H2's lock timeout, a PostgreSQL deadlock
 * victim) is tried again in a new transaction, a few times, before the publication is left for the next start.
 */
@Component
class PublishedValuesListener {

    static final int ATTEMPTS = 5;

    private final IndicatorManagement indicators;
    private final TransactionTemplate transaction;

    PublishedValuesListener(IndicatorManagement indicators, PlatformTransactionManager transactions) {
        this.indicators = indicators;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Async(PublishedValuesExecutor.NAME)
    @TransactionalEventListener
    void on(IndicatorValuesPublished event) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> CurrentActor.runAs(Actor.system(), () -> indicators.storePublished(event)));
                return;
            } catch (TransientDataAccessException busy) {
                if (attempt == ATTEMPTS) {
                    throw busy;
                }
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }
}
