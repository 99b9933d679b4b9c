package org.wardops.shared;

/** Refused because of throttling, e.g. after repeated failed log-ins. */
public class TooManyRequestsException extends WardOpsException {

    public TooManyRequestsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.TOO_MANY_REQUESTS;
    }
}
