package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.wardops.access.internal.PasswordPolicy;
import org.wardops.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("xomchieu.officer", "mua thu Sai Gon 2025")).isEmpty();
    }

    @Test
    void refusesShortCommonAndNameBasedPasswords() {
        assertThat(PasswordPolicy.check("mai", "abc")).extracting(FieldProblem::messageKey).containsExactly("access.error.password.tooShort");
        assertThat(PasswordPolicy.check("mai", "matkhau123")).extracting(FieldProblem::messageKey).containsExactly("access.error.password.common");
        assertThat(PasswordPolicy.check("xomchieu", "XOMCHIEU-2025")).extracting(FieldProblem::messageKey)
                .containsExactly("access.error.password.containsUsername");
    }
}
