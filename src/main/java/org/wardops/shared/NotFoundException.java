package org.wardops.shared;

/** A record that does not exist, or that the actor may not know exists. */
public class NotFoundException extends WardOpsException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
