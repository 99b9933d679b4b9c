package org.wardops.shared.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names of the people behind accounts and of units, for modules that must not depend on the directory (the audit
 * trail): "Huỳnh Thị Mai (Phường Xóm Chiếu)". The access module provides it.
 */
public interface ActorDirectory {

    /** Account id → the person's name and unit; an account without a person reads as its user name. */
    Map<UUID, String> describe(Collection<UUID> accountIds);

    /** The accounts whose user name or person's name contains the text (with or without diacritics). */
    Set<UUID> accountsNamed(String text);

    /**
     * The roles of each person's enabled accounts; a person without one is absent (notifications: whom a kind of
     * notification reaches).
     */
    Map<UUID, Set<Role>> rolesOfPeople(Collection<UUID> personIds);

    /** The unit's name, or null when there is no such unit. */
    @org.jspecify.annotations.Nullable String unitName(UUID unitId);

    /** The units whose name contains the text (with or without diacritics). */
    Set<UUID> unitsNamed(String text);
}
