package org.wardops.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads that turn events into notifications: few, with a queue, so that bursts never take the whole pool. */
@Configuration(proxyBeanMethods = false)
class NotificationExecutor {

    static final String NAME = "notificationsExecutor";
    static final int THREADS = 2;

    /**
     * Declared as {@code Object}: Boot creates its own {@code applicationTaskExecutor} only while no bean is declared
     * as an {@code Executor}, and the rest of the application keeps using that one.
     */
    @Bean(NAME)
    Object notificationsExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        // a demo event's listener runs at the demo moment the event happened (ApplicationClock)
        executor.setTaskDecorator(org.wardops.shared.time.ApplicationClock.propagating());
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setThreadNamePrefix("notifications-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
