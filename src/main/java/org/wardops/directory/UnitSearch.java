package org.wardops.directory;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the unit directory. {@code text} matches with or without diacritics and in any word order;
 * historic (merged or dissolved) units are left out unless asked for.
 */
public record UnitSearch(@Nullable String provinceCode, @Nullable UnitType type, @Nullable String text, boolean includeHistoric) {

    public static UnitSearch inProvince(String provinceCode) {
        return new UnitSearch(provinceCode, null, null, false);
    }
}
