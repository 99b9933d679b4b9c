package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.util.Set;
import java.util.UUID;

/**
 * What the directory knows about where an account belongs: the person's name, the unit's name and, for a working
 * group, the units it supervises. The access module builds every request's actor from it.
 */
public record Affiliation(@Nullable String personName, @Nullable String unitName, Set<UUID> supervisedUnits) {

    public Affiliation {
        supervisedUnits = Set.copyOf(supervisedUnits);
    }
}
