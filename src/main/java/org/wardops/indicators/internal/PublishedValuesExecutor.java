package org.wardops.indicators.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread that stores published values, with a queue: every writer of values takes the score tables' pointer
 * row anyway, so more threads only wait for it — and a burst (the demo's figures of every unit and month, a rebuild of
 * a module's figures) took one connection per event, starved the pool and failed the start-up.
 */
@Configuration(proxyBeanMethods = false)
class PublishedValuesExecutor {

    static final String NAME = "indicatorsPublishedValuesExecutor";

    /** Declared as {@code Object}, as the notifications' executor is, so that Boot keeps its own application executor. */
    @Bean(NAME)
    Object indicatorsPublishedValuesExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        // a demo event's listener runs at the demo moment the event happened (ApplicationClock)
        executor.setTaskDecorator(org.wardops.shared.time.ApplicationClock.propagating());
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("indicators-published-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
