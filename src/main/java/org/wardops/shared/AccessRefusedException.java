package org.wardops.shared;

/** The actor's role or organisational scope does not allow this action. */
public class AccessRefusedException extends WardOpsException {

    public AccessRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static AccessRefusedException outsideScope() {
        return new AccessRefusedException("shared.error.access.outsideScope");
    }

    public static AccessRefusedException missingRole() {
        return new AccessRefusedException("shared.error.access.missingRole");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
