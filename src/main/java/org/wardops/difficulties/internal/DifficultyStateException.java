package org.wardops.difficulties.internal;

import org.wardops.difficulties.DifficultyState;
import org.wardops.shared.RuleViolationException;

import java.util.Set;
import java.util.stream.Collectors;

/** A difficulty verb called in a state that does not allow it: names the current state and the states that would. */
public class DifficultyStateException extends RuleViolationException {

    private final DifficultyState current;
    private final Set<DifficultyState> required;

    public DifficultyStateException(DifficultyState current, Set<DifficultyState> required) {
        super("difficulties.error.difficulty.wrongState", current.name(),
                required.stream().map(DifficultyState::name).sorted().collect(Collectors.joining(", ")));
        this.current = current;
        this.required = Set.copyOf(required);
    }

    public DifficultyState current() {
        return current;
    }

    public Set<DifficultyState> required() {
        return required;
    }
}
