package org.wardops.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation units an actor may act on: the whole city, or a set of units (their own unit and, for
 * working-group roles, the units the group supervises).
 */
public record Scope(boolean cityWide, Set<UUID> unitIds) implements Serializable {

    public Scope {
        unitIds = Set.copyOf(unitIds);
    }

    public static Scope wholeCity() {
        return new Scope(true, Set.of());
    }

    public static Scope units(Set<UUID> unitIds) {
        return new Scope(false, unitIds);
    }

    public boolean covers(UUID unitId) {
        return cityWide || unitIds.contains(unitId);
    }
}
