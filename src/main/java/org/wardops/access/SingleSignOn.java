package org.wardops.access;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.access.internal.AccountRow;
import org.wardops.access.internal.AccountStore;
import org.wardops.access.internal.ActorFactory;
import org.wardops.access.internal.OidcLinkStore;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.shared.Ids;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Log-in through the city's OpenID Connect provider: finds the WardOps account of the provider's person (by an
 * earlier link, else by the configured claim, which then links it), applies the roles the provider sends when a
 * roles claim is configured, and says whether the provider's own second factor counts. Nothing is created for a
 * person without an account unless provisioning is configured.
 */
@Service
public class SingleSignOn {

    /**
     * {@code link-claim}: the claim whose value is a WardOps user name; {@code roles-claim} with {@code role-mapping}
     * ({@code providerValue:ROLE} pairs): roles from the provider, else roles stay local; {@code trusted-amr}: {@code amr}
     * values that mean the provider checked a second factor; {@code provision-unit-id} or {@code provision-unit-code}
     * (the unit's official code; with {@code provision-roles} when no roles claim is used): create missing accounts in
     * that unit.
     */
    @ConfigurationProperties("wardops.access.oidc")
    public record Settings(@DefaultValue("preferred_username") String linkClaim, @Nullable String rolesClaim,
                           @Nullable List<String> roleMapping, @Nullable Set<String> trustedAmr,
                           @Nullable UUID provisionUnitId, @Nullable Set<Role> provisionRoles, @Nullable String provisionUnitCode) {

        boolean provisions() {
            return provisionUnitId != null || (provisionUnitCode != null && !provisionUnitCode.isBlank());
        }

        public Settings {
            for (String pair : roleMapping == null ? List.<String>of() : roleMapping) {
                int colon = pair.lastIndexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("wardops.access.oidc.role-mapping: expected providerValue:ROLE, got " + pair);
                }
                Role.valueOf(pair.substring(colon + 1).strip());
            }
        }

        Map<String, Role> roles() {
            Map<String, Role> roles = new LinkedHashMap<>();
            for (String pair : roleMapping == null ? List.<String>of() : roleMapping) {
                int colon = pair.lastIndexOf(':');
                roles.put(pair.substring(0, colon).strip(), Role.valueOf(pair.substring(colon + 1).strip()));
            }
            return roles;
        }
    }

    /** A provider offered on the log-in page: its registration id (in {@code /oauth2/authorization/{id}}) and name. */
    public record Provider(String registrationId, String name) {
    }

    /** What a provider's log-in comes to. */
    public sealed interface Outcome {

        /** The account to sign in; {@code secondFactorDone} when the provider's {@code amr} claim is trusted. */
        record SignedIn(AccountRow account, boolean secondFactorDone) implements Outcome {
        }

        /** No account has the claim's value (or the provider sends no role WardOps knows); nothing was created. */
        record Unmatched(String claimValue, boolean noRole) implements Outcome {
        }

        /** The linked account is disabled. */
        record Disabled() implements Outcome {
        }
    }

    /** Session attributes the "no account" page reads: the claim's value, the provider's name, whether no role matched. */
    public static final String UNMATCHED_VALUE = "wardops.login.oidc.unmatched";
    public static final String UNMATCHED_PROVIDER = "wardops.login.oidc.provider";
    public static final String UNMATCHED_NO_ROLE = "wardops.login.oidc.noRole";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final AccountStore accounts;
    private final ActorFactory actors;
    private final OidcLinkStore links;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final Settings settings;
    private final DirectoryManagement directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, AccountStore accounts, ActorFactory actors,
                 OidcLinkStore links, AuditTrail audit, PasswordEncoder passwords, Settings settings, DirectoryManagement directory,
                 Clock clock) {
        this.directory = directory;
        this.registrations = registrations;
        this.accounts = accounts;
        this.actors = actors;
        this.links = links;
        this.audit = audit;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    /** The configured providers (none when single sign-on is off). */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        return providers;
    }

    public String providerName(String registrationId) {
        return providers().stream().filter(provider -> provider.registrationId().equals(registrationId))
                .map(Provider::name).findFirst().orElse(registrationId);
    }

    @Transactional
    public Outcome logIn(String registrationId, OidcUser user) {
        String issuer = user.getIssuer() == null ? registrationId : user.getIssuer().toString();
        String claimValue = claim(user, settings.linkClaim()).map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
        Optional<AccountRow> linked = links.find(issuer, user.getSubject()).flatMap(accounts::find);
        Optional<Set<Role>> providerRoles = settings.rolesClaim() == null ? Optional.empty() : Optional.of(mappedRoles(user));
        AccountRow account;
        if (linked.isPresent()) {
            account = linked.get();
        } else {
            // An account already linked to another of this provider's people is not theirs to take over by the claim.
            Optional<AccountRow> byClaim = claimValue.isEmpty() ? Optional.<AccountRow>empty()
                    : accounts.findByUsername(claimValue).filter(found -> !links.linked(issuer, found.id()));
            if (byClaim.isEmpty() && !settings.provisions()) {
                log.debug("OIDC log-in from {} matches no account; nothing created", registrationId);
                return new Outcome.Unmatched(claimValue, false);
            }
            if (byClaim.isEmpty()) {
                Set<Role> roles = providerRoles.orElse(settings.provisionRoles() == null ? Set.of() : settings.provisionRoles());
                UUID unit = provisionUnit();
                if (roles.isEmpty() || unit == null || !USERNAME.matcher(claimValue).matches()) {
                    return new Outcome.Unmatched(claimValue, roles.isEmpty());
                }
                account = provision(claimValue, roles, unit);
            } else {
                account = byClaim.get();
            }
            link(account, issuer, user.getSubject(), registrationId);
        }
        if (!account.enabled()) {
            return new Outcome.Disabled();
        }
        if (providerRoles.isPresent()) {
            Set<Role> roles = account.workingGroupId() == null ? withoutWorkingGroupRoles(providerRoles.get()) : providerRoles.get();
            if (roles.isEmpty()) {
                return new Outcome.Unmatched(claimValue, true);
            }
            account = applyRoles(account, roles);
        }
        AccountRow signedIn = account;
        CurrentActor.runAs(actors.actorOf(signedIn), () -> audit.record("access.oidc.loggedIn", "Account", signedIn.id(),
                signedIn.unitId(), null, Map.of("provider", registrationId, "issuer", issuer)));
        List<String> amr = user.getAuthenticationMethods() == null ? List.of() : user.getAuthenticationMethods();
        boolean secondFactorDone = settings.trustedAmr() != null && amr.stream().anyMatch(settings.trustedAmr()::contains);
        return new Outcome.SignedIn(signedIn, secondFactorDone);
    }

    private void link(AccountRow account, String issuer, String subject, String registrationId) {
        links.link(issuer, subject, account.id(), clock.instant());
        CurrentActor.runAs(actors.actorOf(account), () -> audit.record("access.oidc.linked", "Account", account.id(),
                account.unitId(), null, Map.of("provider", registrationId, "issuer", issuer, "claim", settings.linkClaim())));
    }

    /** The unit provisioned accounts belong to: by id, else by official code (a code no unit has provisions nothing). */
    private @Nullable UUID provisionUnit() {
        if (settings.provisionUnitId() != null) {
            return settings.provisionUnitId();
        }
        String code = java.util.Objects.requireNonNull(settings.provisionUnitCode()).strip();
        Optional<UUID> unit = CurrentActor.runAs(Actor.system(), () -> directory.unitByCode(code).map(UnitView::id));
        if (unit.isEmpty()) {
            log.warn("wardops.access.oidc.provision-unit-code {} names no unit; nothing is provisioned", code);
        }
        return unit.orElse(null);
    }

    private AccountRow provision(String username, Set<Role> roles, UUID unitId) {
        Instant now = clock.instant();
        // The account logs in through the provider only: its password is random and shown to no one.
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        AccountRow account = new AccountRow(Ids.next(), username, passwords.encode(password), null,
                unitId, null, withoutWorkingGroupRoles(roles), true, null, now, now, 0);
        accounts.insert(account);
        CurrentActor.runAs(actors.actorOf(account), () -> audit.record("access.oidc.provisioned", "Account", account.id(),
                account.unitId(), null, account.view()));
        return account;
    }

    private AccountRow applyRoles(AccountRow account, Set<Role> roles) {
        if (roles.equals(account.roles())) {
            return account;
        }
        AccountRow changed = new AccountRow(account.id(), account.username(), account.passwordHash(), account.personId(),
                account.unitId(), account.workingGroupId(), roles, account.enabled(), account.language(),
                account.passwordChangedAt(), account.createdAt(), account.version());
        if (!accounts.update(changed, clock.instant())) {
            return account;
        }
        CurrentActor.runAs(actors.actorOf(changed), () -> audit.record("access.oidc.rolesMapped", "Account", account.id(),
                account.unitId(), Map.of("roles", account.roles()), Map.of("roles", roles)));
        return accounts.find(account.id()).orElse(changed);
    }

    private Set<Role> mappedRoles(OidcUser user) {
        Object value = user.getClaims().get(settings.rolesClaim());
        Collection<?> values = value instanceof Collection<?> many ? many
                : value == null ? List.of() : List.of((Object[]) value.toString().split("[,\\s]+"));
        Map<String, Role> mapping = settings.roles();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object providerValue : values) {
            Role role = mapping.get(providerValue.toString());
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Set<Role> withoutWorkingGroupRoles(Set<Role> roles) {
        Set<Role> kept = EnumSet.noneOf(Role.class);
        roles.stream().filter(role -> !role.isWorkingGroupRole()).forEach(kept::add);
        return kept;
    }

    private static Optional<String> claim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
