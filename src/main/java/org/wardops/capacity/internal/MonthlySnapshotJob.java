package org.wardops.capacity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.capacity.ReadinessManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/**
 * Writes every unit's monthly readiness snapshot on the first of the month (00:30 in Vietnam), so that the trend has
 * a point for every month, also one in which a unit changed nothing. Off with {@code wardops.capacity.jobs-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "wardops.capacity.jobs-enabled", havingValue = "true", matchIfMissing = true)
class MonthlySnapshotJob {

    private final ReadinessManagement readiness;

    MonthlySnapshotJob(ReadinessManagement readiness) {
        this.readiness = readiness;
    }

    @Scheduled(cron = "${wardops.capacity.snapshot-cron:0 30 0 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void snapshot() {
        CurrentActor.runAs(Actor.system(), () -> {
            readiness.recomputeAll();
        });
    }
}
