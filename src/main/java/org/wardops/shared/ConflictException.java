package org.wardops.shared;

/** The record changed since the actor read it, or the change collides with existing data. */
public class ConflictException extends WardOpsException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static ConflictException staleVersion() {
        return new ConflictException("shared.error.version.stale");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
