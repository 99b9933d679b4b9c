package org.wardops.difficulties;

import java.util.List;
import java.util.Set;

/** A difficulty with its thread, its evidence and what the reader may do with it now. */
public record DifficultyDetails(DifficultyView difficulty, List<EntryView> entries, Set<DifficultyAction> actions,
                                List<DifficultyAttachment> attachments) {

    public DifficultyDetails {
        entries = List.copyOf(entries);
        attachments = List.copyOf(attachments);
        actions = Set.copyOf(actions);
    }

    public boolean may(DifficultyAction action) {
        return actions.contains(action);
    }
}
