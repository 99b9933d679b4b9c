package org.wardops.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.wardops.access.internal.AccountRow;
import org.wardops.access.internal.AccountStore;
import org.wardops.access.internal.ActorFactory;
import org.wardops.access.internal.PasswordPolicy;
import org.wardops.access.internal.PasswordResetStore;
import org.wardops.access.internal.ResetMailer;
import org.wardops.access.internal.TokenStore;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.PeopleManagement;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Password reset by e-mail. A request names a user name and always gets the same answer, at once: the look-up and
 * the e-mail happen afterwards on another thread, so neither the answer nor its timing tells whether the account
 * exists. The link carries a random token that is stored only as its hash, works once and expires.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final PasswordResetStore resets;
    private final TokenStore tokens;
    private final ActorFactory actors;
    private final PeopleManagement people;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ResetMailer mailer;
    private final MessageSource messages;
    private final TransactionOperations transaction;
    private final Executor executor;
    private final Clock clock;
    private final Duration lifetime;
    private final String baseUrl;

    PasswordResets(AccountStore accounts, PasswordResetStore resets, TokenStore tokens, ActorFactory actors, PeopleManagement people,
                   PasswordEncoder passwords, AuditTrail audit, ResetMailer mailer, MessageSource messages, TransactionOperations transaction,
                   @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
                   @Value("${wardops.access.password-reset.lifetime:30m}") Duration lifetime,
                   @Value("${wardops.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.tokens = tokens;
        this.actors = actors;
        this.people = people;
        this.passwords = passwords;
        this.audit = audit;
        this.mailer = mailer;
        this.messages = messages;
        this.transaction = transaction;
        this.executor = executor;
        this.clock = clock;
        this.lifetime = lifetime;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Asks for a reset link; answers nothing, whether the account exists or not. */
    public void request(String username, Locale locale) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 100) {
            return;
        }
        executor.execute(() -> {
            try {
                send(name, locale);
            } catch (RuntimeException e) {
                log.warn("Password reset request could not be handled: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Sets a new password with a reset token; a known token is used up only when the password is accepted. */
    public void complete(String token, String newPassword) {
        String password = newPassword == null ? "" : newPassword;
        AccountRow account = Optional.ofNullable(token).filter(value -> value.length() <= 100)
                .flatMap(value -> resets.peek(value, clock.instant()))
                .flatMap(accounts::find).filter(AccountRow::enabled)
                .orElseThrow(PasswordResets::invalidToken);
        List<FieldProblem> problems = PasswordPolicy.check(account.username(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String hash = passwords.encode(password);
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (resets.use(token, now).filter(account.id()::equals).isEmpty()) {
                throw invalidToken();
            }
            resets.changePassword(account.id(), hash, now);
            int revoked = tokens.revokeAllOf(account.id(), now);
            CurrentActor.runAs(actors.actorOf(account), () -> audit.record("access.password.reset", "Account", account.id(),
                    account.unitId(), null, Map.of("revokedTokens", revoked)));
        });
    }

    private void send(String username, Locale locale) {
        Optional<AccountRow> found = accounts.findByUsername(username).filter(AccountRow::enabled);
        UUID personId = found.map(AccountRow::personId).orElse(null);
        if (found.isEmpty() || personId == null) {
            return;
        }
        AccountRow account = found.get();
        Actor actor = actors.actorOf(account);
        String email = CurrentActor.runAs(actor, () -> people.person(personId).email());
        if (email == null || email.isBlank()) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            resets.save(Ids.next(), account.id(), token, now, now.plus(lifetime));
            CurrentActor.runAs(actor, () -> audit.record("access.password.resetRequested", "Account", account.id(), account.unitId(), null,
                    Map.of("expiresAt", now.plus(lifetime).toString())));
        });
        Locale language = account.language() != null ? Locale.forLanguageTag(account.language()) : locale;
        String link = baseUrl + "/password-reset/new?token=" + token;
        mailer.send(account.id(), new ResetMailer.ResetMail(email,
                messages.getMessage("access.mail.reset.subject", null, language),
                messages.getMessage("access.mail.reset.body", new Object[] {account.username(), link, lifetime.toMinutes()}, language)));
    }

    private static InvalidInputException invalidToken() {
        return InvalidInputException.of("token", "access.error.reset.invalid");
    }
}
