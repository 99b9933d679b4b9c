package org.wardops.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.access.PasswordResets;

@RestController
@Tag(name = "Authentication", description = "API tokens and the acting account")
class PasswordResetApiController {

    /** The user name of the account whose password was forgotten. */
    record ResetRequest(@NotBlank @Size(max = 100) String username) {
    }

    /** The token from the e-mail and the new password. */
    record ResetCompletion(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String password) {

        @Override
        public String toString() {
            return "ResetCompletion[token=***, password=***]";
        }
    }

    private final PasswordResets resets;

    PasswordResetApiController(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/api/v1/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password-reset e-mail", description = "Always 202, whether the account exists or not; the e-mail goes to the address of the account's person.")
    void request(@Valid @RequestBody ResetRequest request) {
        resets.request(request.username(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/v1/auth/password-reset/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "completePasswordReset", summary = "Set a new password with the token from the e-mail", description = "The token works once and expires; the account's API tokens are revoked.")
    void complete(@Valid @RequestBody ResetCompletion request) {
        resets.complete(request.token(), request.password());
    }
}
