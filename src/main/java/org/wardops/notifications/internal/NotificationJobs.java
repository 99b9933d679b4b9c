package org.wardops.notifications.internal;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.notifications.NotificationSettings;
import org.wardops.shared.sql.JobLocks;
import org.wardops.tasks.TaskManagement;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scheduled work of notifications. Every job runs under a ShedLock lock in the database, so that with several
 * WardOps instances one instance at a time runs it; the reminder claims make a repeated run harmless as well.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationJobs {

    public static final String LOCK_TABLE = "notifications_shedlock";

    /** A lock provider on the application's database. */
    public static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(LOCK_TABLE)
                .build());
    }

    /** Runs the work if this instance gets the named lock; answers its result, or nothing when another instance holds the lock. */
    public static <T> Optional<T> runLocked(LockingTaskExecutor executor, String name, Duration atMost, Supplier<T> work) {
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock((LockingTaskExecutor.TaskWithResult<T>) work::get,
                    new LockConfiguration(ClockProvider.now(), name, atMost, JobLocks.AT_LEAST));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + name + " failed", e);
        }
    }

    @Bean
    LockingTaskExecutor notificationsLockingExecutor(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(lockProvider(dataSource));
    }

    @Bean
    ReminderJob reminderJob(TaskManagement tasks, DifficultyManagement difficulties, NotificationStore store, Notifier notifier, NotificationSettings settings,
                            TransactionTemplate transaction, Clock clock) {
        return new ReminderJob(tasks, difficulties, store, notifier, settings, transaction, clock);
    }

    /** The schedules; off with {@code wardops.notifications.jobs-enabled=false} (tests run the jobs themselves). */
    @Component
    @ConditionalOnProperty(name = "wardops.notifications.jobs-enabled", havingValue = "true", matchIfMissing = true)
    static class Schedules {

        private final LockingTaskExecutor executor;
        private final ReminderJob reminders;
        private final MailDispatcher mail;
        private final Notifier notifier;

        Schedules(LockingTaskExecutor executor, ReminderJob reminders, MailDispatcher mail, Notifier notifier) {
            this.executor = executor;
            this.reminders = reminders;
            this.mail = mail;
            this.notifier = notifier;
        }

        @Scheduled(cron = "${wardops.notifications.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
        void remind() {
            runLocked(executor, "notifications-reminders", Duration.ofMinutes(30), reminders::remind);
        }

        @Scheduled(cron = "${wardops.notifications.digest-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
        void digest() {
            runLocked(executor, "notifications-digest", Duration.ofMinutes(30), notifier::sendDigests);
        }

        @Scheduled(fixedDelayString = "${wardops.notifications.mail-interval:30s}", initialDelayString = "${wardops.notifications.mail-interval:30s}")
        void sendMail() {
            runLocked(executor, "notifications-mail", Duration.ofMinutes(10), mail::dispatch);
        }
    }
}
