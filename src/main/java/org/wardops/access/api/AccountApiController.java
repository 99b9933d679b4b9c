package org.wardops.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.access.AccountManagement;
import org.wardops.access.AccountView;
import org.wardops.access.SaveAccount;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.security.Role;

import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Accounts", description = "Provisioning of accounts (system administrators)")
class AccountApiController {

    /** An account as sent by a client; {@code version} is required when changing one. */
    record AccountBody(@Nullable String username, @Nullable String password, @Nullable UUID personId, @Nullable UUID unitId,
                       @Nullable Set<Role> roles, @Nullable UUID workingGroupId, @Nullable Long version) {

        /** Spring MVC logs the request body at DEBUG through this: the password must not reach the log. */
        @Override
        public String toString() {
            return "AccountBody[username=" + username + ", password=***, unitId=" + unitId + ", roles=" + roles + "]";
        }

        SaveAccount command() {
            return new SaveAccount(username == null ? "" : username, password, personId, unitId, roles == null ? Set.of() : roles, workingGroupId);
        }
    }

    private final AccountManagement accounts;

    AccountApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/accounts")
    @Operation(operationId = "listAccounts", summary = "List accounts", description = "q filters by user name")
    PageResult<AccountView> list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
                                 @RequestParam(required = false) @Nullable Integer size) {
        return accounts.find(q, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAccount", summary = "Create an account")
    AccountView create(@RequestBody AccountBody body) {
        return accounts.create(body.command());
    }

    @GetMapping("/api/v1/accounts/{id}")
    @Operation(operationId = "getAccount", summary = "One account with the actions you may take (administrators)")
    AccountView get(@PathVariable UUID id) {
        return accounts.account(id);
    }

    @PutMapping("/api/v1/accounts/{id}")
    @Operation(operationId = "changeAccount", summary = "Change an account", description = "Send the version you read; a non-empty password resets it")
    AccountView change(@PathVariable UUID id, @RequestBody AccountBody body) {
        return accounts.change(id, ApiVersions.required(body.version()), body.command());
    }

    @PostMapping("/api/v1/accounts/{id}/disable")
    @Operation(operationId = "disable", summary = "Disable an account", description = "Logs it out everywhere and revokes its API tokens")
    AccountView disable(@PathVariable UUID id) {
        return accounts.disable(id);
    }

    @PostMapping("/api/v1/accounts/{id}/enable")
    @Operation(operationId = "enable", summary = "Enable a disabled account (administrators)")
    AccountView enable(@PathVariable UUID id) {
        return accounts.enable(id);
    }
}
