package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation unit as pages and the API show it. */
public record UnitView(
        UUID id,
        String code,
        String name,
        UnitType type,
        @Nullable UUID parentId,
        @Nullable String provinceCode,
        boolean official,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        long version) {

    public boolean isCurrent() {
        return validTo == null;
    }
}
