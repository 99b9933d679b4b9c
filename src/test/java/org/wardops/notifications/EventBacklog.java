package org.wardops.notifications;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The demo data publishes hundreds of events at start-up; notifications handle them two at a time (on one connection
 * in the tests), so a test first waits until the notifications' executor has nothing queued or running, and then
 * gives its own event the usual few seconds.
 */
final class EventBacklog {

    static final String EXECUTOR = "notificationsExecutor";

    private EventBacklog() {
    }

    static void awaitDrained(Object executor) {
        ThreadPoolTaskExecutor notifications = (ThreadPoolTaskExecutor) executor;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> notifications.getQueueSize() == 0 && notifications.getActiveCount() == 0);
    }
}
