package org.wardops.practices.internal;

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
import org.wardops.practices.PracticeManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.sql.JobLocks;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Reminds adopters to report their result {@value PracticeManagement#RESULT_REMINDER_DAYS} days after the planned
 * start, each morning, under a ShedLock lock ({@code practices_shedlock}) so that one instance runs it; each adoption's
 * claim makes a repeated run harmless as well. Off with {@code wardops.practices.jobs-enabled=false}; tests call
 * {@link PracticeManagement#remindDueResults()}.
 */
@Component
@ConditionalOnProperty(name = "wardops.practices.jobs-enabled", havingValue = "true", matchIfMissing = true)
class ResultReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ResultReminderJob.class);

    private final PracticeManagement management;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    ResultReminderJob(PracticeManagement management, DataSource dataSource, Clock clock) {
        this.management = management;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("practices_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.practices.reminder-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        executor.executeWithLock((Runnable) () -> {
            int reminded = CurrentActor.runAs(Actor.system(), management::remindDueResults);
            log.info("Adopters reminded to report a practice's result: {}", reminded);
        }, new LockConfiguration(clock.instant(), "practices-result-reminder", Duration.ofMinutes(30), JobLocks.AT_LEAST));
    }
}
