package org.wardops.reporting;

import org.wardops.shared.ConflictException;

import java.util.Set;
import java.util.stream.Collectors;

/** A report verb was called in a state that does not allow it; names the current state and the states that would. */
public class ReportStateException extends ConflictException {

    private final ReportState current;
    private final Set<ReportState> required;

    public ReportStateException(String messageKey, ReportState current, Set<ReportState> required) {
        super(messageKey, current.name(), required.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        this.current = current;
        this.required = Set.copyOf(required);
    }

    public ReportState current() {
        return current;
    }

    public Set<ReportState> required() {
        return required;
    }
}
