package org.wardops.access.internal;

import org.junit.jupiter.api.Test;
import org.wardops.support.MutableClock;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(clock, new RateLimiter.Settings(true, 10, 20, 5, Duration.ofMinutes(1), 3));

    @Test
    void aBucketAllowsItsLimitThenSaysHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("login:a", 5)).isEmpty();
        }
        Optional<Duration> wait = limiter.acquire("login:a", 5);
        // 5 per minute refill one every 12 s.
        assertThat(wait).contains(Duration.ofSeconds(12));
        assertThat(limiter.acquire("login:b", 5)).as("another key").isEmpty();
    }

    @Test
    void theBucketRefillsWithTime() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("login:a", 5);
        }
        clock.advance(Duration.ofSeconds(11));
        assertThat(limiter.acquire("login:a", 5)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("login:a", 5)).isEmpty();
        assertThat(limiter.acquire("login:a", 5)).isPresent();
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("login:a", 5)).as("full again, never more than the limit").isEmpty();
        }
        assertThat(limiter.acquire("login:a", 5)).isPresent();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyUsedKey() {
        limiter.acquire("a", 5);
        limiter.acquire("b", 5);
        limiter.acquire("c", 5);
        limiter.acquire("a", 5);
        limiter.acquire("d", 5);
        assertThat(limiter.size()).isEqualTo(3);
    }

    @Test
    void switchedOffItAllowsEverything() {
        RateLimiter off = new RateLimiter(clock, new RateLimiter.Settings(false, 1, 1, 1, Duration.ofMinutes(1), 10));
        for (int i = 0; i < 10; i++) {
            assertThat(off.acquire("x", 1)).isEmpty();
        }
    }
}
