package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The same difficulty raised by many units, grouped by a working group ({@code workingGroupId}) or by the city
 * office (null). Its categories are the union of its members' categories.
 */
public record CommonDifficulty(UUID id, String title, String summary, List<String> categories, @Nullable UUID workingGroupId, Instant createdAt,
                               long version) {

    public CommonDifficulty {
        categories = List.copyOf(categories);
    }

    /** The common difficulty after members of these categories joined it. */
    public CommonDifficulty withMembersOf(Collection<String> memberCategories) {
        List<String> merged = new ArrayList<>(categories);
        memberCategories.stream().filter(category -> !merged.contains(category)).distinct().forEach(merged::add);
        return new CommonDifficulty(id, title, summary, merged, workingGroupId, createdAt, version);
    }
}
