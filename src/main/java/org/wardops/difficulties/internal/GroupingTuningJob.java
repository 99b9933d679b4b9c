package org.wardops.difficulties.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.GroupingManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Fits the grouping to the decisions of the day, every night, under a ShedLock lock so that one instance runs it.
 * Off with {@code wardops.difficulties.jobs-enabled=false}; an administrator also runs it from the grouping page.
 */
@Component
@ConditionalOnProperty(name = "wardops.difficulties.jobs-enabled", havingValue = "true", matchIfMissing = true)
class GroupingTuningJob {

    private final ObjectProvider<GroupingManagement> management;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    GroupingTuningJob(ObjectProvider<GroupingManagement> management, DataSource dataSource, Clock clock) {
        this.management = management;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("difficulties_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.difficulties.grouping-tuning-cron:0 40 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void tune() {
        executor.executeWithLock((Runnable) () -> CurrentActor.runAs(Actor.system(), () -> management.getObject().tune()),
                new LockConfiguration(clock.instant(), "difficulties-grouping-tuning", Duration.ofMinutes(30), org.wardops.shared.sql.JobLocks.AT_LEAST));
    }
}
