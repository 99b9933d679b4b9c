package org.wardops.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests set and move, instead of waiting or changing the machine's clock. */
public class MutableClock extends Clock {

    /** The story's week: 5 November 2025, 09:00 in Ho Chi Minh City. */
    public static final Instant STORY_NOW = Instant.parse("2025-11-05T02:00:00Z");

    private volatile Instant now = STORY_NOW;

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = STORY_NOW;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
