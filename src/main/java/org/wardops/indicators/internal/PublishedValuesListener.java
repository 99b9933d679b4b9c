package org.wardops.indicators.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/** Stores what other modules publish, after their transaction committed, as WardOps itself (the system account). */
@Component
class PublishedValuesListener {

    private final IndicatorManagement indicators;

    PublishedValuesListener(IndicatorManagement indicators) {
        this.indicators = indicators;
    }

    @ApplicationModuleListener
    void on(IndicatorValuesPublished event) {
        CurrentActor.runAs(Actor.system(), () -> indicators.storePublished(event));
    }
}
