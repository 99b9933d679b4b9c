package org.wardops.difficulties;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where a difficulty stands, from the unit's draft to the answer the unit accepts (or a decline). */
public enum DifficultyState {
    DRAFT,
    SUBMITTED,
    IN_PROGRESS,
    ANSWERED,
    RESOLVED,
    FORWARDED,
    ESCALATED,
    DECLINED;

    /** The addressee owes an answer: the deadline runs and the item can be overdue. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == IN_PROGRESS || this == FORWARDED || this == ESCALATED;
    }

    /** Submitted and not declined: it may join a common difficulty. */
    public boolean groupable() {
        return this != DRAFT && this != DECLINED;
    }

    /** The names of the states that match, for SQL that takes its state sets from here rather than from literals. */
    public static List<String> namesWhere(Predicate<DifficultyState> test) {
        return Arrays.stream(values()).filter(test).map(Enum::name).toList();
    }
}
