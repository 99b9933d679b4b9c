package org.wardops.capacity.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.capacity.ReadinessManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.sql.JobLocks;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Writes every unit's monthly readiness snapshot on the first of the month (00:30 in Vietnam), so that the trend has
 * a point for every month, also one in which a unit changed nothing. Under a ShedLock lock ({@code capacity_shedlock}),
 * so that with several instances one of them writes it. Off with {@code wardops.capacity.jobs-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "wardops.capacity.jobs-enabled", havingValue = "true", matchIfMissing = true)
class MonthlySnapshotJob {

    private final ReadinessManagement readiness;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    MonthlySnapshotJob(ReadinessManagement readiness, DataSource dataSource, Clock clock) {
        this.readiness = readiness;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("capacity_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.capacity.snapshot-cron:0 30 0 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void snapshot() {
        executor.executeWithLock((Runnable) () -> CurrentActor.runAs(Actor.system(), () -> {
            readiness.recomputeAll();
        }), new LockConfiguration(clock.instant(), "capacity-snapshot", Duration.ofMinutes(30), JobLocks.AT_LEAST));
    }
}
