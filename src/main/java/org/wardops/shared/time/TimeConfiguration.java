package org.wardops.shared.time;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * One injected clock for the whole application, so that tests can fix "now" instead of changing the machine's, and
 * the demo can tell its story on its own days: with {@code wardops.demo.today} (a local date and time in Vietnam, set
 * by the demo profile; empty or {@code off}: the machine's clock) the application starts at that moment and moves on
 * with the machine's clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    ApplicationClock clock(@Value("${wardops.demo.today:}") @Nullable String demoToday) {
        Clock machine = Clock.systemUTC();
        if (demoToday == null || demoToday.isBlank() || demoToday.strip().equals("off")) {
            return new ApplicationClock(machine, java.time.Duration.ZERO);
        }
        return ApplicationClock.startingAt(machine, LocalDateTime.parse(demoToday.strip()).atZone(LocalTime.VIETNAM).toInstant());
    }

    /** Boot's own task executor (Modulith's after-commit listeners) carries the demo's pinned moment too. */
    @Bean
    org.springframework.core.task.TaskDecorator demoMomentDecorator() {
        return ApplicationClock.propagating();
    }
}
