package org.wardops.directory.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wardops.directory.Affiliation;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Affiliations for a short while, so that a request does not read the directory to build its actor. Any directory
 * change on this instance empties the cache once it commits; a change on another instance applies here after at
 * most {@link #TIME_TO_LIVE}. Account changes (roles, unit, working group, disabled) never wait: the account is
 * read on every request and is part of the key.
 */
@Component
public class AffiliationCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 20_000;

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public Affiliation get(@Nullable UUID personId, UUID unitId, @Nullable UUID workingGroupId, Supplier<Affiliation> load) {
        Key key = new Key(personId, unitId, workingGroupId);
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.loadedAt() < TIME_TO_LIVE.toNanos()) {
            return entry.affiliation();
        }
        // Loaded under the generation read before the load: a change committed meanwhile makes the entry stale at once.
        Affiliation loaded = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(loaded, current, now));
        return loaded;
    }

    /** Forgets everything when the current transaction commits (at once outside a transaction). */
    public void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Key(@Nullable UUID personId, UUID unitId, @Nullable UUID workingGroupId) {
    }

    private record Entry(Affiliation affiliation, long generation, long loadedAt) {
    }
}
