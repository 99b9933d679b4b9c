package org.wardops.access;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.wardops.access.internal.AccessPolicy;
import org.wardops.access.internal.AccountRow;
import org.wardops.access.internal.AccountStore;
import org.wardops.access.internal.ActorFactory;
import org.wardops.access.internal.Authenticator;
import org.wardops.access.internal.PasswordPolicy;
import org.wardops.access.internal.TokenStore;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.web.PageContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Accounts and API tokens. System administrators provision accounts (roles, unit, working group); everyone may
 * read their own account, choose their language and hold API tokens.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    /** The longest search text of the account list. */
    static final int SEARCH_LIMIT = 100;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final Authenticator authenticator;
    private final ActorFactory actors;
    private final PasswordEncoder passwords;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final TransactionOperations transaction;
    private final AccessPolicy policy;
    private final org.wardops.access.internal.SecondFactorGate secondFactor;

    AccountManagement(AccountStore accounts, TokenStore tokens, Authenticator authenticator, ActorFactory actors,
                      PasswordEncoder passwords, DirectoryManagement directory, PeopleManagement people, AuditTrail audit,
                      Clock clock, @Value("${wardops.access.token-lifetime:12h}") Duration tokenLifetime,
                      TransactionOperations transaction, AccessPolicy policy, org.wardops.access.internal.SecondFactorGate secondFactor) {
        this.policy = policy;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.tokens = tokens;
        this.authenticator = authenticator;
        this.actors = actors;
        this.passwords = passwords;
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.transaction = transaction;
    }

    public MeView me() {
        Actor actor = CurrentActor.get();
        String language = accounts.find(actor.accountId()).map(AccountRow::language).orElse(null);
        return new MeView(actor.accountId(), actor.username(), actor.displayName(), actor.personId(), actor.unitId(),
                actor.unitName(), actor.workingGroupId(), actor.roles(), actor.scope().cityWide(), actor.scope().unitIds(), language);
    }

    public PageResult<AccountView> find(@Nullable String text, PageRequest page) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.READ_ACCOUNTS, null);
        TextRules.require("q", text, SEARCH_LIMIT, TextRules.Lines.SINGLE);
        return accounts.search(text, page).map(row -> row.view().withActions(policy.allowedOn(actor, row.id())));
    }

    public AccountView account(UUID id) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.READ_ACCOUNTS, id);
        return load(id).view().withActions(policy.allowedOn(actor, id));
    }

    /** The account actions the current actor may take on the account (null: on no particular account). */
    public Set<AccountAction> actions(@Nullable UUID accountId) {
        return CurrentActor.find().map(actor -> policy.allowedOn(actor, accountId)).orElse(Set.of());
    }

    @Transactional
    public AccountView create(SaveAccount command) {
        policy.require(CurrentActor.get(), AccountAction.CREATE_ACCOUNT, null);
        String username = command.username() == null ? "" : command.username().strip().toLowerCase(java.util.Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "access.error.account.usernameInvalid"));
        }
        if (command.password() == null || command.password().isEmpty()) {
            problems.add(FieldProblem.of("password", "access.error.password.required"));
        } else {
            problems.addAll(PasswordPolicy.check(username, command.password()));
        }
        problems.addAll(checkAssignment(command));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw InvalidInputException.of("username", "access.error.account.usernameTaken", username);
        }
        Instant now = clock.instant();
        AccountRow account = new AccountRow(Ids.next(), username, passwords.encode(command.password()), command.personId(),
                command.unitId(), workingGroupOf(command), Set.copyOf(command.roles()), true, null, now, now, 0);
        accounts.insert(account);
        audit.record("access.account.created", "Account", account.id(), account.unitId(), null, account.view());
        return account.view();
    }

    /** Changes an account's person, unit, roles and working group; a non-empty password resets it. */
    @Transactional
    public AccountView change(UUID id, long version, SaveAccount command) {
        policy.require(CurrentActor.get(), AccountAction.CHANGE_ACCOUNT, id);
        AccountRow current = load(id);
        List<FieldProblem> problems = new ArrayList<>(checkAssignment(command));
        boolean resetsPassword = command.password() != null && !command.password().isEmpty();
        if (resetsPassword) {
            problems.addAll(PasswordPolicy.check(current.username(), command.password()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireVersion(current, version);
        Instant now = clock.instant();
        AccountRow changed = new AccountRow(id, current.username(),
                resetsPassword ? passwords.encode(command.password()) : current.passwordHash(), command.personId(),
                command.unitId(), workingGroupOf(command), Set.copyOf(command.roles()), current.enabled(), current.language(),
                resetsPassword ? now : current.passwordChangedAt(), current.createdAt(), version);
        save(changed, now);
        if (resetsPassword) {
            tokens.revokeAllOf(id, now);
        }
        AccountView after = load(id).view();
        audit.record(resetsPassword ? "access.account.changedWithPasswordReset" : "access.account.changed", "Account", id,
                after.unitId(), current.view(), after);
        return after;
    }

    @Transactional
    public AccountView disable(UUID id) {
        Actor actor = CurrentActor.get();
        if (actor.accountId().equals(id) && actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw new RuleViolationException("access.error.account.cannotDisableSelf");
        }
        policy.require(actor, AccountAction.DISABLE_ACCOUNT, id);
        return setEnabled(id, false);
    }

    @Transactional
    public AccountView enable(UUID id) {
        policy.require(CurrentActor.get(), AccountAction.ENABLE_ACCOUNT, id);
        return setEnabled(id, true);
    }

    private AccountView setEnabled(UUID id, boolean enabled) {
        AccountRow current = load(id);
        if (current.enabled() == enabled) {
            return current.view();
        }
        Instant now = clock.instant();
        save(new AccountRow(id, current.username(), current.passwordHash(), current.personId(), current.unitId(),
                current.workingGroupId(), current.roles(), enabled, current.language(), current.passwordChangedAt(),
                current.createdAt(), current.version()), now);
        if (!enabled) {
            tokens.revokeAllOf(id, now);
        }
        AccountView after = load(id).view();
        audit.record(enabled ? "access.account.enabled" : "access.account.disabled", "Account", id, after.unitId(), current.view(), after);
        return after;
    }

    /** Remembers the language the current person chose. */
    @Transactional
    public void chooseLanguage(String language) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.CHOOSE_LANGUAGE, actor.accountId());
        if (!PageContext.LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "access.error.language.unsupported", language);
        }
        AccountRow current = load(actor.accountId());
        if (language.equals(current.language())) {
            return;
        }
        save(new AccountRow(current.id(), current.username(), current.passwordHash(), current.personId(), current.unitId(),
                current.workingGroupId(), current.roles(), current.enabled(), language, current.passwordChangedAt(),
                current.createdAt(), current.version()), clock.instant());
        audit.record("access.account.languageChosen", "Account", current.id(), current.unitId(),
                Map.of("language", String.valueOf(current.language())), Map.of("language", language));
    }

    /**
     * Checks the credentials (throttled like the log-in form) and issues an API token for the account. The check
     * commits its own transaction (failures count even when issuing fails), so it runs before, not inside, the
     * transaction that stores the token: one connection at a time.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssuedToken issueToken(String username, String password, String address) {
        return issueToken(username, password, null, address);
    }

    /**
     * As {@link #issueToken(String, String, String)}, with the TOTP or recovery code that an account with a second
     * factor must send; an account whose role makes the second factor mandatory must have enrolled (on the page) first.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssuedToken issueToken(String username, String password, @Nullable String code, String address) {
        AccountRow account = authenticator.authenticate(username, password, address);
        if (secondFactor.required(account)) {
            if (!secondFactor.enrolled(account)) {
                throw SecondFactorException.enrolFirst();
            }
            if (code == null || code.isBlank()) {
                throw SecondFactorException.codeRequired();
            }
            secondFactor.verify(account, code, address);
        }
        return transaction.execute(status -> {
            Instant now = clock.instant();
            IssuedToken issued = new IssuedToken(Ids.next(), TokenStore.newToken(), now.plus(tokenLifetime));
            tokens.save(issued.id(), account.id(), issued.token(), now, issued.expiresAt());
            CurrentActor.runAs(actors.actorOf(account), () -> audit.record("access.token.issued", "ApiToken", issued.id(),
                    account.unitId(), null, Map.of("accountId", account.id(), "expiresAt", issued.expiresAt().toString())));
            return issued;
        });
    }

    /** Revokes one of the current person's tokens. */
    @Transactional
    public void revokeToken(UUID tokenId) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.REVOKE_OWN_TOKEN, actor.accountId());
        if (!tokens.revokeOwn(tokenId, actor.accountId(), clock.instant())) {
            throw new org.wardops.shared.NotFoundException("access.error.token.notFound");
        }
        audit.record("access.token.revoked", "ApiToken", tokenId, actor.unitId(), null, Map.of("accountId", actor.accountId()));
    }

    private List<FieldProblem> checkAssignment(SaveAccount command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.roles() == null || command.roles().isEmpty()) {
            problems.add(FieldProblem.of("roles", "access.error.account.rolesRequired"));
        }
        if (command.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "access.error.account.unitRequired"));
        } else if (directory.units(List.of(command.unitId())).isEmpty()) {
            problems.add(FieldProblem.of("unitId", "directory.error.unit.notFound", command.unitId()));
        }
        boolean workingGroupRole = command.roles() != null && command.roles().stream().anyMatch(Role::isWorkingGroupRole);
        if (workingGroupRole) {
            Optional<UnitView> group = command.workingGroupId() == null ? Optional.empty()
                    : directory.units(List.of(command.workingGroupId())).stream().findFirst();
            if (group.isEmpty() || group.get().type() != UnitType.WORKING_GROUP) {
                problems.add(FieldProblem.of("workingGroupId", "access.error.account.workingGroupRequired"));
            }
        }
        if (command.personId() != null && people.people(List.of(command.personId())).isEmpty()) {
            problems.add(FieldProblem.of("personId", "directory.error.person.notFound", command.personId()));
        }
        return problems;
    }

    private static @Nullable UUID workingGroupOf(SaveAccount command) {
        return command.roles().stream().anyMatch(Role::isWorkingGroupRole) ? command.workingGroupId() : null;
    }

    private AccountRow load(UUID id) {
        return accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    private static void requireVersion(AccountRow account, long version) {
        if (account.version() != version) {
            throw ConflictException.staleVersion();
        }
    }

    private void save(AccountRow account, Instant now) {
        if (!accounts.update(account, now)) {
            throw ConflictException.staleVersion();
        }
    }
}
