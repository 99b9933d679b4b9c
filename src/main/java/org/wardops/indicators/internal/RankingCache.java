package org.wardops.indicators.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.indicators.RankingRow;
import org.wardops.shared.PageResult;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Ranking pages as last read from the score table, keyed by the table's revision ({@link ScoreTable#revision()}):
 * a write to the scores counts the revision up in its transaction, so a cached page is never served after the write
 * that changed it has committed, on this instance or any other. Unit names in a page can lag a renaming by at most
 * {@link #TIME_TO_LIVE}. The cache holds pages, not personal data: every reader of a ranking sees the same page.
 */
@Component
public class RankingCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final int MAX_PAGES = 2_000;

    public record Key(long revision, int snapshot, String set, String period, UUID parentId, long offset, int size) {
    }

    private final Cache<Key, PageResult<RankingRow>> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES)
            .expireAfterWrite(TIME_TO_LIVE).build();

    /** The cached page under the key, else the loaded one (kept for the next reader). */
    public PageResult<RankingRow> get(Key key, Supplier<PageResult<RankingRow>> load) {
        @Nullable PageResult<RankingRow> page = pages.getIfPresent(key);
        if (page != null) {
            return page;
        }
        PageResult<RankingRow> loaded = load.get();
        pages.put(key, loaded);
        return loaded;
    }
}
