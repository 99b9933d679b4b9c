package org.wardops.access;

import org.wardops.shared.WardOpsException;

/** A second-factor step refused: a wrong, replayed or missing code, or an enrolment that must come first. */
public class SecondFactorException extends WardOpsException {

    public SecondFactorException(String messageKey) {
        super(messageKey);
    }

    public static SecondFactorException invalidCode() {
        return new SecondFactorException("access.error.secondFactor.invalid");
    }

    public static SecondFactorException codeRequired() {
        return new SecondFactorException("access.error.secondFactor.required");
    }

    public static SecondFactorException enrolFirst() {
        return new SecondFactorException("access.error.secondFactor.enrolFirst");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
