package org.wardops.citizensupport.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.citizensupport.CitizenSupportManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.sql.JobLocks;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Reduces assistance entries older than the retention period ({@code wardops.citizensupport.retention}) to monthly
 * counts, nightly, under a ShedLock lock so that one instance runs it. Off with
 * {@code wardops.citizensupport.jobs-enabled=false}; tests call {@link CitizenSupportManagement#reduceExpiredEntries()}.
 */
@Component
@ConditionalOnProperty(name = "wardops.citizensupport.jobs-enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CitizenSupportManagement management;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    RetentionJob(CitizenSupportManagement management, DataSource dataSource, Clock clock) {
        this.management = management;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("citizensupport_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.citizensupport.retention-cron:0 15 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void reduce() {
        executor.executeWithLock((Runnable) () -> {
            int reduced = CurrentActor.runAs(Actor.system(), management::reduceExpiredEntries);
            log.info("Assistance entries reduced to monthly counts: {}", reduced);
        }, new LockConfiguration(clock.instant(), "citizensupport-retention", Duration.ofMinutes(30), JobLocks.AT_LEAST));
    }
}
