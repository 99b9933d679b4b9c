package org.wardops.difficulties.internal;

import org.wardops.difficulties.ProposalState;
import org.wardops.shared.RuleViolationException;

/** A proposal verb called in a state that does not allow it: names the current and the required state. */
public class ProposalStateException extends RuleViolationException {

    private final ProposalState current;
    private final ProposalState required;

    public ProposalStateException(ProposalState current, ProposalState required) {
        super("difficulties.error.proposal.wrongState", current.name(), required.name());
        this.current = current;
        this.required = required;
    }

    public ProposalState current() {
        return current;
    }

    public ProposalState required() {
        return required;
    }
}
