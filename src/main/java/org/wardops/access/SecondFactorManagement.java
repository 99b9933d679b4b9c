package org.wardops.access;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.wardops.access.internal.AccessPolicy;
import org.wardops.access.internal.AccountRow;
import org.wardops.access.internal.AccountStore;
import org.wardops.access.internal.ActorFactory;
import org.wardops.access.internal.SecondFactorGate;
import org.wardops.access.internal.SecondFactorStore;
import org.wardops.access.internal.TotpCodes;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The second factor (TOTP, RFC 6238): enrolment by QR code with recovery codes, removal, an administrator's reset
 * after a lost phone, and the second step of a log-in. Checks of codes commit on their own (a wrong code stays
 * counted by the log-in throttle), so these methods run outside a surrounding transaction: one connection at a time.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class SecondFactorManagement {

    /** The session attribute of a log-in whose password was right and whose second factor is still due. */
    public static final String PENDING_LOGIN = "wardops.login.pendingSecondFactor";

    /** A half-done log-in, kept in the session for a few minutes. */
    public record PendingLogin(UUID accountId, String username, Instant expiresAt) implements Serializable {
    }

    /** What the enrolment page shows: the secret for typing in, the otpauth URI and the QR code as a data URI. */
    public record Enrolment(String secret, String otpauthUri, String qrImage) {

        /** Never the secret: Spring MVC logs response bodies at DEBUG. */
        @Override
        public String toString() {
            return "Enrolment[secret=***]";
        }
    }

    /** The second factor of an account: enrolled, waiting for the first code, mandatory by role, recovery codes left. */
    public record Status(boolean enrolled, boolean pending, boolean mandatory, int recoveryCodesLeft) {
    }

    private final AccountStore accounts;
    private final SecondFactorStore store;
    private final SecondFactorGate gate;
    private final TotpCodes codes;
    private final ActorFactory actors;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TransactionOperations transaction;
    private final Clock clock;

    SecondFactorManagement(AccountStore accounts, SecondFactorStore store, SecondFactorGate gate, TotpCodes codes, ActorFactory actors,
                           AccessPolicy policy, AuditTrail audit, TransactionOperations transaction, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.gate = gate;
        this.codes = codes;
        this.actors = actors;
        this.policy = policy;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Status status() {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.MANAGE_OWN_SECOND_FACTOR, actor.accountId());
        return statusOf(account(actor.accountId()));
    }

    /** Starts enrolment for the acting person; refused while a confirmed second factor exists (remove it first). */
    public Enrolment startEnrolment() {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.MANAGE_OWN_SECOND_FACTOR, actor.accountId());
        return enrol(account(actor.accountId()));
    }

    /** Confirms the acting person's enrolment with a first code; answers the recovery codes, shown only now. */
    public List<String> confirmEnrolment(String code, String address) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.MANAGE_OWN_SECOND_FACTOR, actor.accountId());
        return confirm(account(actor.accountId()), code, address);
    }

    /** Removes the acting person's second factor, with a valid code; refused where a role makes it mandatory. */
    public void remove(String code, String address) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.MANAGE_OWN_SECOND_FACTOR, actor.accountId());
        AccountRow account = account(actor.accountId());
        if (gate.settings().mandatoryFor(account.roles())) {
            throw new RuleViolationException("access.error.secondFactor.mandatory");
        }
        gate.verify(account, code, address);
        transaction.executeWithoutResult(status -> {
            store.remove(account.id());
            audit.record("access.secondFactor.removed", "Account", account.id(), account.unitId(), null, Map.of());
        });
    }

    /** An administrator removes someone's second factor (lost phone); they enrol again at their next log-in. */
    public void reset(UUID accountId) {
        Actor actor = CurrentActor.get();
        policy.require(actor, AccountAction.RESET_SECOND_FACTOR, accountId);
        AccountRow account = account(accountId);
        transaction.executeWithoutResult(status -> {
            if (store.remove(account.id())) {
                audit.record("access.secondFactor.reset", "Account", account.id(), account.unitId(), null, Map.of("username", account.username()));
            }
        });
    }

    // ---- the second step of a log-in (no acting person yet: the password was right, the session holds PendingLogin)

    public PendingLogin pending(UUID accountId, String username) {
        return new PendingLogin(accountId, username, clock.instant().plus(gate.settings().loginWindow()));
    }

    public boolean expired(PendingLogin pending) {
        return !clock.instant().isBefore(pending.expiresAt());
    }

    /** Whether the pending log-in's account has a confirmed second factor (else it must enrol now). */
    public boolean enrolled(PendingLogin pending) {
        return gate.enrolled(account(pending.accountId()));
    }

    public Enrolment startEnrolment(PendingLogin pending) {
        return enrol(account(pending.accountId()));
    }

    public List<String> confirmEnrolment(PendingLogin pending, String code, String address) {
        return confirm(account(pending.accountId()), code, address);
    }

    /** Completes a log-in with a TOTP or recovery code; answers the signed-in person's authentication. */
    public Authentication completeLogin(PendingLogin pending, String code, String address) {
        AccountRow account = account(pending.accountId());
        gate.verify(account, code, address);
        return signedIn(account);
    }

    /** The authentication of a pending log-in whose enrolment was just confirmed. */
    public Authentication signedIn(PendingLogin pending) {
        AccountRow account = account(pending.accountId());
        if (!gate.enrolled(account)) {
            throw SecondFactorException.enrolFirst();
        }
        return signedIn(account);
    }

    private Authentication signedIn(AccountRow account) {
        return CurrentActor.authenticationOf(actors.actorOf(account));
    }

    private Status statusOf(AccountRow account) {
        var totp = store.find(account.id());
        return new Status(totp.filter(SecondFactorStore.Totp::confirmed).isPresent(), totp.filter(found -> !found.confirmed()).isPresent(),
                gate.settings().mandatoryFor(account.roles()), store.unusedRecoveryCodes(account.id()));
    }

    private Enrolment enrol(AccountRow account) {
        if (gate.enrolled(account)) {
            throw new RuleViolationException("access.error.secondFactor.alreadyEnrolled");
        }
        String secret = codes.newSecret();
        transaction.executeWithoutResult(status -> store.saveUnconfirmed(account.id(), secret, clock.instant()));
        return new Enrolment(secret, codes.otpauthUri(secret, account.username()), codes.qrDataUri(secret, account.username()));
    }

    private List<String> confirm(AccountRow account, String code, String address) {
        gate.confirm(account, code, address);
        List<String> recovery = codes.newRecoveryCodes();
        transaction.executeWithoutResult(status -> {
            store.replaceRecoveryCodes(account.id(), recovery);
            CurrentActor.runAs(actors.actorOf(account), () -> audit.record("access.secondFactor.enrolled", "Account", account.id(),
                    account.unitId(), null, Map.of("recoveryCodes", recovery.size())));
        });
        return recovery;
    }

    private AccountRow account(UUID id) {
        return accounts.find(id).filter(AccountRow::enabled).orElseThrow(() -> new AccountNotFoundException(id));
    }
}
