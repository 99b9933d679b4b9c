package org.wardops.tasks.internal;

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
import org.wardops.shared.security.Actor;
import org.wardops.shared.sql.JobLocks;
import org.wardops.shared.security.CurrentActor;
import org.wardops.tasks.TaskFiguresManagement;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Open tasks turn overdue as days pass, without any change of a row: every morning the unit-months of yesterday's
 * due date are published again, under a ShedLock lock so that one instance runs it. Off with
 * {@code wardops.tasks.jobs-enabled=false}; tests call {@link TaskFiguresManagement#refreshOverdue()}.
 */
@Component
@ConditionalOnProperty(name = "wardops.tasks.jobs-enabled", havingValue = "true", matchIfMissing = true)
class TaskFiguresJob {

    private static final Logger log = LoggerFactory.getLogger(TaskFiguresJob.class);

    private final ObjectProvider<TaskFiguresManagement> management;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    TaskFiguresJob(ObjectProvider<TaskFiguresManagement> management, DataSource dataSource, Clock clock) {
        this.management = management;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("tasks_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.tasks.figures-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void refresh() {
        executor.executeWithLock((Runnable) () -> {
            int published = CurrentActor.runAs(Actor.system(), () -> management.getObject().refreshOverdue());
            log.info("Task figures refreshed for the day turned overdue: {} unit-months", published);
        }, new LockConfiguration(clock.instant(), "tasks-figures", Duration.ofMinutes(30), JobLocks.AT_LEAST));
    }
}
