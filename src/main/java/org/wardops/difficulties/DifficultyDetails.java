package org.wardops.difficulties;

import java.util.List;
import java.util.Set;

/** A difficulty with its thread and what the reader may do with it now. */
public record DifficultyDetails(DifficultyView difficulty, List<EntryView> entries, Set<DifficultyAction> actions) {

    public DifficultyDetails {
        entries = List.copyOf(entries);
        actions = Set.copyOf(actions);
    }

    public boolean may(DifficultyAction action) {
        return actions.contains(action);
    }
}
