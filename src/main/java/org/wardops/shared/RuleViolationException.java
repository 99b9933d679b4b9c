package org.wardops.shared;

/** Well-formed input that a business rule does not allow in the record's current state. */
public class RuleViolationException extends WardOpsException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
