package org.wardops.practices;

import org.wardops.shared.RuleViolationException;

/** A verb that the practice's or adoption's current state does not allow; names the current and the required state. */
public class PracticeStateException extends RuleViolationException {

    public PracticeStateException(String messageKey, Object current, Object required) {
        super(messageKey, current, required);
    }
}
