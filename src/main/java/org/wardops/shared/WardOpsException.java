package org.wardops.shared;

import java.util.List;

/**
 * The root of every exception WardOps throws on purpose. It carries a message key (resolved in the user's
 * language) and the kind of problem, which fixes the HTTP status; it never becomes a 500.
 */
public abstract class WardOpsException extends RuntimeException {

    public enum Kind { BAD_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RULE_VIOLATION, TOO_MANY_REQUESTS }

    private final String messageKey;
    private final transient List<Object> arguments;

    protected WardOpsException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public abstract Kind kind();

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
