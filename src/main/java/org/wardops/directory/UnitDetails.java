package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the unit page shows about one unit, and the directory actions the caller may take on it. {@code people}
 * is the first page of the unit's people (in name order), {@code peopleTotal} how many there are in all.
 */
public record UnitDetails(
        UnitView unit,
        @Nullable UnitView parent,
        long childCount,
        @Nullable UnitView supervisingGroup,
        List<Succession> formedFrom,
        List<Succession> mergedInto,
        List<PersonView> people,
        long peopleTotal,
        Set<DirectoryAction> actions) {

    /** One step of a unit's lineage: the other unit and the day the change took effect. */
    public record Succession(UnitView unit, LocalDate effectiveOn) {
    }
}
