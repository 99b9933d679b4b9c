package org.wardops.difficulties;

import java.util.List;

/**
 * The difficulties a published figure counts ({@code difficulties.submitted}, {@code .answered},
 * {@code .answeredOnTime}, {@code .open}): as a list filter, together with the month of submission, it lists exactly
 * the records behind a number on the overview.
 */
public enum DifficultyFigure {
    /** Every state but a draft. */
    SUBMITTED,
    /** Answered or resolved. */
    ANSWERED,
    /** Answered or resolved, answered by the due date. */
    ANSWERED_ON_TIME,
    /** An answer is owed ({@link DifficultyState#awaitsAnswer()}). */
    OPEN;

    /** The states the figure counts. */
    public List<String> states() {
        return switch (this) {
            case SUBMITTED -> DifficultyState.namesWhere(state -> state != DifficultyState.DRAFT);
            case ANSWERED, ANSWERED_ON_TIME -> List.of(DifficultyState.ANSWERED.name(), DifficultyState.RESOLVED.name());
            case OPEN -> DifficultyState.namesWhere(DifficultyState::awaitsAnswer);
        };
    }
}
