package org.wardops.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import tools.jackson.core.JacksonException;

import java.util.Optional;

/** Names the field of an unreadable JSON body ({@code unitIds[0]}, {@code items[2].achieved}) from Jackson's path. */
final class BodyProblems {

    private BodyProblems() {
    }

    static Optional<FieldProblem> of(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? Optional.empty()
                : Optional.of(FieldProblem.of(field.toString(), "shared.error.input.fieldUnreadable", field.toString()));
    }
}
