package org.wardops.shared.time;

import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskDecorator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the machine's, shifted by a fixed offset in the demo ({@code wardops.demo.today}, so that
 * the demo's story and its deadlines agree whatever the real date), and then pinned to a moment of the story while
 * the demo loader writes it ({@link #at}), so that its history, notifications and records carry the days they tell of
 * instead of the minute the demo was loaded. Without the demo the offset is zero and nothing is ever pinned.
 * What must follow real time whatever the demo says (one-time codes of an authenticator app) uses {@link #machine()}.
 */
public final class ApplicationClock extends Clock {

    private static final ThreadLocal<@Nullable Instant> PINNED = new ThreadLocal<>();

    private final Clock machine;
    private final Duration offset;

    public ApplicationClock(Clock machine, Duration offset) {
        this.machine = machine;
        this.offset = offset;
    }

    /** A clock whose first reading is {@code start} and that then moves with the machine's. */
    public static ApplicationClock startingAt(Clock machine, Instant start) {
        return new ApplicationClock(machine, Duration.between(machine.instant(), start));
    }

    /** The machine's own clock, never shifted nor pinned. */
    public Clock machine() {
        return machine;
    }

    public Duration offset() {
        return offset;
    }

    /** Whether the application tells a demo on its own days ({@code wardops.demo.today}). */
    public boolean tellsStory() {
        return !offset.isZero();
    }

    /**
     * Runs the work with this thread's clock standing at the story's {@code moment} (and work it hands to
     * {@link #propagating} executors), when the application {@link #tellsStory() tells the demo on its days}; otherwise
     * the work runs at the present, as everything else does (the test suite's demo, on the machine's clock).
     */
    public <T> T at(Instant moment, Supplier<T> work) {
        if (!tellsStory()) {
            return work.get();
        }
        Instant before = PINNED.get();
        PINNED.set(moment);
        pinAfterCommit(moment);
        try {
            return work.get();
        } finally {
            PINNED.set(before);
            pinAfterCommit(before);
        }
    }

    /**
     * After-commit listeners run when the demo's transaction ends, long after the moment that published their event:
     * synchronizations run in the order they were registered, so one registered where the moment begins and one where
     * it ends make the listeners registered in between (and the executors they hand their work to) run at that moment.
     */
    private static void pinAfterCommit(@Nullable Instant moment) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (moment == null) {
                            PINNED.remove();
                        } else {
                            PINNED.set(moment);
                        }
                    }
                });
    }

    public void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /**
     * For the executors of after-commit listeners: a task runs with the moment pinned where it was submitted, so that a
     * notification of a demo event is dated with the event.
     */
    public static TaskDecorator propagating() {
        return task -> {
            Instant pinned = PINNED.get();
            if (pinned == null) {
                return task;
            }
            return () -> {
                PINNED.set(pinned);
                try {
                    task.run();
                } finally {
                    PINNED.remove();
                }
            };
        };
    }

    @Override
    public ZoneId getZone() {
        return machine.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant pinned = PINNED.get();
        return pinned != null ? pinned : machine.instant().plus(offset);
    }
}
