package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.internal.GroupingStore.LabelledPair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns people's decisions on groupings into labelled pairs for tuning: an accepted suggestion or a common difficulty
 * built by hand makes its members pairwise "the same"; members unticked from a suggestion are "not the same" as those
 * kept; members added to a common difficulty are "the same" as its members; a rejected suggestion makes its members
 * pairwise "not the same". A suggestion's key names no members, so the suggestions shown lately are remembered here
 * (in memory, the newest {@link #REMEMBERED}); a decision on a suggestion this instance did not show labels no pairs.
 */
@Component
public class GroupingDecisions {

    private static final Logger log = LoggerFactory.getLogger(GroupingDecisions.class);
    static final int REMEMBERED = 2_000;
    /** At most this many pairs from one decision (a large group's members with its most recent members). */
    static final int PAIRS_MAX = 300;

    private final GroupingStore store;
    private final Map<String, List<UUID>> shown = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<UUID>> eldest) {
            return size() > REMEMBERED;
        }
    });

    GroupingDecisions(GroupingStore store) {
        this.store = store;
    }

    /** Remembers the members of a suggestion as shown. */
    public void shown(String key, List<UUID> members) {
        shown.put(key, List.copyOf(members));
    }

    /** A common difficulty was created with these members, from a suggestion (its key) or by hand (no key). */
    public void grouped(@Nullable String suggestionKey, List<UUID> members, UUID decidedBy, Instant now) {
        List<LabelledPair> pairs = new ArrayList<>(among(members, true));
        List<UUID> suggested = suggestionKey == null ? null : shown.get(suggestionKey);
        if (suggested != null) {
            Set<UUID> removed = new LinkedHashSet<>(suggested);
            members.forEach(removed::remove);
            pairs.addAll(across(List.copyOf(removed), members, false));
        }
        label(pairs, suggestionKey == null ? "MANUAL" : "ACCEPTED", decidedBy, now);
    }

    /** Members were added by hand to a common difficulty that already held others (the newest last). */
    public void added(List<UUID> added, List<UUID> existing, UUID decidedBy, Instant now) {
        List<LabelledPair> pairs = new ArrayList<>(among(added, true));
        pairs.addAll(across(added, existing.subList(Math.max(0, existing.size() - PAIRS_MAX / Math.max(1, added.size())), existing.size()), true));
        label(pairs, "ADDED", decidedBy, now);
    }

    /** A suggestion was rejected: its members, if this instance showed it, are pairwise not the same. */
    public void rejected(String suggestionKey, UUID decidedBy, Instant now) {
        List<UUID> suggested = shown.get(suggestionKey);
        if (suggested == null) {
            log.debug("Rejected suggestion {} was not shown by this instance: no pairs labelled", suggestionKey);
            return;
        }
        label(among(suggested, false), "REJECTED", decidedBy, now);
    }

    private void label(List<LabelledPair> pairs, String source, UUID decidedBy, Instant now) {
        List<LabelledPair> bounded = pairs.size() > PAIRS_MAX ? pairs.subList(0, PAIRS_MAX) : pairs;
        store.label(bounded, source, decidedBy, now);
    }

    private static List<LabelledPair> among(List<UUID> ids, boolean same) {
        List<LabelledPair> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size() && pairs.size() < PAIRS_MAX; i++) {
            for (int j = i + 1; j < ids.size() && pairs.size() < PAIRS_MAX; j++) {
                pairs.add(LabelledPair.of(ids.get(i), ids.get(j), same));
            }
        }
        return pairs;
    }

    private static List<LabelledPair> across(List<UUID> one, List<UUID> other, boolean same) {
        List<LabelledPair> pairs = new ArrayList<>();
        for (UUID a : one) {
            for (UUID b : other) {
                if (!a.equals(b) && pairs.size() < PAIRS_MAX) {
                    pairs.add(LabelledPair.of(a, b, same));
                }
            }
        }
        return pairs;
    }
}
