package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Everything the unit page shows about one unit. */
public record UnitDetails(
        UnitView unit,
        @Nullable UnitView parent,
        long childCount,
        @Nullable UnitView supervisingGroup,
        List<Succession> formedFrom,
        List<Succession> mergedInto,
        List<PersonView> people) {

    /** One step of a unit's lineage: the other unit and the day the change took effect. */
    public record Succession(UnitView unit, LocalDate effectiveOn) {
    }
}
