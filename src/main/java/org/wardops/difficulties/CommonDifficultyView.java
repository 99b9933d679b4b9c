package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The same difficulty raised by many units: the units affected (raising and co-signing units) and the member
 * difficulties, each keeping its unit's original text. Confidential members outside the reader's scope are left out
 * of {@code members} and of {@code units} but counted in {@code unitsAffected}. {@code actions}: what the reader may do.
 */
public record CommonDifficultyView(UUID id, String title, String summary, List<String> categories, @Nullable UUID workingGroupId,
                                   int unitsAffected, List<UnitRef> units, List<MemberView> members, Instant createdAt, long version,
                                   Set<CommonDifficultyAction> actions) {

    /** How many of the named units raised a difficulty of their own. */
    public long raisingUnits() {
        return units.stream().filter(unit -> !unit.cosigningOnly()).count();
    }

    /** How many of the named units only co-signed another unit's difficulty. */
    public long cosigningUnits() {
        return units.stream().filter(UnitRef::cosigningOnly).count();
    }

    /** Units counted but not named to this reader (confidential difficulties outside the reader's scope). */
    public int unnamedUnits() {
        return unitsAffected - units.size();
    }
}
