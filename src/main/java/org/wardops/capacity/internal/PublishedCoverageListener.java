package org.wardops.capacity.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/**
 * Rescores a unit when the training module publishes a value a readiness criterion reads (e.g.
 * {@code training.coverage.basicIt}), after the publishing transaction committed, as WardOps itself. Capacity
 * depends on {@code indicators} only, never on {@code training}.
 */
@Component
class PublishedCoverageListener {

    static final String SOURCE = "training";

    private final ReadinessRecorder recorder;

    PublishedCoverageListener(ReadinessRecorder recorder) {
        this.recorder = recorder;
    }

    /** Only the training module's publications reach the method (no transaction, no connection for the others). */
    @ApplicationModuleListener(condition = "#root.args[0].source() == '" + SOURCE + "'")
    void on(IndicatorValuesPublished event) {
        CurrentActor.runAs(Actor.system(), () -> {
            if (event.values().keySet().stream().anyMatch(recorder.dataElementsRead()::contains)) {
                recorder.recomputePublished(event);
            }
        });
    }
}
