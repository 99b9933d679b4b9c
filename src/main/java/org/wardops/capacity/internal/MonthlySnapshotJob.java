package org.wardops.capacity.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.capacity.ReadinessManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Writes every unit's monthly readiness snapshot on the first of the month (00:30 in Vietnam), so that the trend has
 * a point for every month, also one in which a unit changed nothing; under a ShedLock lock, so that of several
 * instances one writes it. Off with {@code wardops.capacity.jobs-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "wardops.capacity.jobs-enabled", havingValue = "true", matchIfMissing = true)
class MonthlySnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlySnapshotJob.class);

    private final ObjectProvider<ReadinessManagement> readiness;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    MonthlySnapshotJob(ObjectProvider<ReadinessManagement> readiness, DataSource dataSource, Clock clock) {
        this.readiness = readiness;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("capacity_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.capacity.snapshot-cron:0 30 0 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void snapshot() {
        executor.executeWithLock((Runnable) () -> {
            int units = CurrentActor.runAs(Actor.system(), () -> readiness.getObject().recomputeAll());
            log.info("Monthly readiness snapshot written for {} units", units);
        }, new LockConfiguration(clock.instant(), "capacity-monthly-snapshot", Duration.ofHours(1), Duration.ofMinutes(5)));
    }
}
