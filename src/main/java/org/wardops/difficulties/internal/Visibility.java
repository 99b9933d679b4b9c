package org.wardops.difficulties.internal;

import java.util.Set;
import java.util.UUID;

/**
 * Which difficulties a reader sees: everything (city-wide roles); their scope's, drafts included; those addressed
 * to their own unit or working group; and every other unit's submitted, non-confidential ones.
 */
public record Visibility(boolean cityWide, Set<UUID> scope, Set<UUID> addressedTo) {

    public Visibility {
        scope = Set.copyOf(scope);
        addressedTo = Set.copyOf(addressedTo);
    }
}
