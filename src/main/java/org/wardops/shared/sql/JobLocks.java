package org.wardops.shared.sql;

import java.time.Duration;

/** What every scheduled job's ShedLock lock shares. */
public final class JobLocks {

    /**
     * How long a job's lock is kept at least, even when the job finished sooner: two instances that trigger the same
     * job a moment apart (clocks a little apart, one instance paused or slow to get a CPU) would otherwise both run
     * it, the second one after the first released its lock. Shorter than every job's interval (the mail job's is 30 s).
     */
    public static final Duration AT_LEAST = Duration.ofSeconds(10);

    private JobLocks() {
    }
}
