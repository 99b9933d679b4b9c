package org.wardops.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.access.AccountManagement;
import org.wardops.access.IssuedToken;
import org.wardops.access.MeView;

import java.util.UUID;

@RestController
@Tag(name = "Authentication", description = "API tokens and the acting account")
class AuthApiController {

    /** Credentials for a new API token. */
    record TokenRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
                        @Nullable @Size(max = 40) String code) {

        /** Spring MVC logs the request body at DEBUG through this: the password must not reach the log. */
        @Override
        public String toString() {
            return "TokenRequest[username=" + username + ", password=***, code=" + (code == null ? "none" : "***") + "]";
        }
    }

    private final AccountManagement accounts;

    AuthApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "issue", summary = "Issue an API token", description = "Send it as 'Authorization: Bearer <token>'. Failed attempts are throttled like the log-in form. An account with a second factor also sends 'code': the current TOTP code or an unused recovery code.")
    IssuedToken issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        return accounts.issueToken(request.username(), request.password(), request.code(), http.getRemoteAddr());
    }

    @DeleteMapping("/api/v1/auth/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revoke", summary = "Revoke one of your API tokens")
    void revoke(@PathVariable UUID id) {
        accounts.revokeToken(id);
    }

    @GetMapping("/api/v1/me")
    @Operation(operationId = "me", summary = "The acting account, its roles and scope")
    MeView me() {
        return accounts.me();
    }
}
