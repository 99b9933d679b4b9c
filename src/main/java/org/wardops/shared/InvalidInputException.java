package org.wardops.shared;

import java.util.List;

/** Input that fails validation; lists every problem at once so that a form can show them all in place. */
public class InvalidInputException extends WardOpsException {

    /** One problem with one field; {@code field} is empty for problems that concern the whole input. */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public static FieldProblem of(String field, String messageKey, Object... arguments) {
            return new FieldProblem(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("shared.error.input.invalid");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public Kind kind() {
        return Kind.BAD_INPUT;
    }
}
