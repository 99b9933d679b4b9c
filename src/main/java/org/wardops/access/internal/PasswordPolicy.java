package org.wardops.access.internal;

import org.wardops.shared.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Length over complexity, as current guidance has it: at least 10 characters, at most 128, not the user name
 * and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "password12", "password123",
            "qwertyuiop", "matkhau123", "matkhau1234", "abcd123456", "abc1234567", "1111111111", "123456789a", "admin12345",
            "administrator", "iloveyou12", "changeme123");

    private PasswordPolicy() {
    }

    public static List<FieldProblem> check(String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add(FieldProblem.of("password", "access.error.password.tooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(FieldProblem.of("password", "access.error.password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of("password", "access.error.password.containsUsername"));
        }
        if (COMMON.contains(lower)) {
            problems.add(FieldProblem.of("password", "access.error.password.common"));
        }
        return problems;
    }
}
