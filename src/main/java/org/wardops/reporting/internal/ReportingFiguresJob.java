package org.wardops.reporting.internal;

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
import org.wardops.reporting.ReportingFiguresManagement;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * A report not submitted becomes missing when its deadline day ends, without any change of a row: every morning the
 * unit-months of yesterday's deadline are published again, under a ShedLock lock so that one instance runs it. Off
 * with {@code wardops.reporting.jobs-enabled=false}; tests call {@link ReportingFiguresManagement#refreshMissing()}.
 */
@Component
@ConditionalOnProperty(name = "wardops.reporting.jobs-enabled", havingValue = "true", matchIfMissing = true)
class ReportingFiguresJob {

    private static final Logger log = LoggerFactory.getLogger(ReportingFiguresJob.class);

    private final ObjectProvider<ReportingFiguresManagement> management;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    ReportingFiguresJob(ObjectProvider<ReportingFiguresManagement> management, DataSource dataSource, Clock clock) {
        this.management = management;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("reporting_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(cron = "${wardops.reporting.figures-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void refresh() {
        executor.executeWithLock((Runnable) () -> {
            int published = CurrentActor.runAs(Actor.system(), () -> management.getObject().refreshMissing());
            log.info("Report figures refreshed for the deadline that ended: {} unit-months", published);
        }, new LockConfiguration(clock.instant(), "reporting-figures", Duration.ofMinutes(30), JobLocks.AT_LEAST));
    }
}
