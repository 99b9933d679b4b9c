package org.wardops.capacity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The city-wide capacity lists (the readiness ranking, the asset list) as city readers last read them, keyed by the
 * capacity revision: every write of an asset or a readiness score counts {@code capacity_revision} up in its
 * transaction ({@link #changed()}), and each read first reads the revision (one primary-key read), so no page is
 * served after the write that changed it has committed, on this instance or another. Only pages that do not depend
 * on who reads them are kept (the caller decides: readers who see every unit); at most {@value #MAX_PAGES} pages,
 * each for {@link #TIME_TO_LIVE}.
 */
@Component
public class CapacityListCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final int MAX_PAGES = 2_000;

    private final JdbcClient jdbc;
    private final Cache<Key, Object> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).expireAfterWrite(TIME_TO_LIVE).build();

    CapacityListCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(long revision, Object query) {
    }

    /**
     * Called by every writer of assets and scores, inside its transaction: the revision is counted up once, just
     * before that transaction commits, as the last lock it takes (after the audit chain's head and the rows it wrote),
     * so that writers which take their other locks in different orders still cannot deadlock on this row. A writer
     * that writes in its own transaction's commit phase must call this before, in the transaction's body (Spring
     * does not run synchronizations registered during {@code beforeCommit}): {@link ReadinessStore#willSave()}.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump();
            return;
        }
        // once per transaction: the synchronizations are the current transaction's (a suspended one's are set aside)
        if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(Bump.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new Bump());
        }
    }

    private final class Bump implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            bump();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private void bump() {
        jdbc.sql("UPDATE capacity_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    public long revision() {
        return jdbc.sql("SELECT revision FROM capacity_revision WHERE id = 1").query(Long.class).single();
    }

    /** The page for the query (a record naming every filter, the page and the day) at the current revision. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object query, Supplier<T> load) {
        Key key = new Key(revision(), query);
        @Nullable Object page = pages.getIfPresent(key);
        if (page != null) {
            return (T) page;
        }
        T loaded = load.get();
        pages.put(key, loaded);
        return loaded;
    }
}
