package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitNotFoundException;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.ActorDirectory;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.SearchText;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit trail's names for accounts and units, from the accounts and the directory. */
@Component
class AccountNames implements ActorDirectory {

    private final AccountStore accounts;
    private final ActorFactory actors;
    private final DirectoryManagement directory;

    AccountNames(AccountStore accounts, ActorFactory actors, DirectoryManagement directory) {
        this.accounts = accounts;
        this.actors = actors;
        this.directory = directory;
    }

    @Override
    public Map<UUID, String> describe(Collection<UUID> accountIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID id : new HashSet<>(accountIds)) {
            if (Actor.SYSTEM_ACCOUNT_ID.equals(id)) {
                continue;
            }
            accounts.find(id).ifPresent(account -> names.put(id, describe(actors.actorOf(account))));
        }
        return names;
    }

    private static String describe(Actor actor) {
        return actor.unitName() == null || actor.unitName().isBlank() ? actor.displayName() : actor.displayName() + " (" + actor.unitName() + ")";
    }

    @Override
    public Set<UUID> accountsNamed(String text) {
        String wanted = SearchText.fold(text);
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>();
        // Reads every account page by page: deployments have hundreds of accounts, and searching is an auditor's occasional act.
        var page = accounts.search(null, new PageRequest(0, PageRequest.MAX_SIZE));
        while (true) {
            for (AccountRow account : page.items()) {
                if (SearchText.fold(account.username()).contains(wanted) || SearchText.fold(describe(actors.actorOf(account))).contains(wanted)) {
                    found.add(account.id());
                }
            }
            if (page.page() + 1 >= page.pageCount()) {
                return found;
            }
            page = accounts.search(null, new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
        }
    }

    @Override
    public Map<UUID, Set<org.wardops.shared.security.Role>> rolesOfPeople(Collection<UUID> personIds) {
        return accounts.rolesOfPeople(personIds);
    }

    @Override
    public @Nullable String unitName(UUID unitId) {
        try {
            return CurrentActor.runAs(Actor.system(), () -> directory.unit(unitId).name());
        } catch (UnitNotFoundException gone) {
            return null;
        }
    }

    @Override
    public Set<UUID> unitsNamed(String text) {
        if (SearchText.fold(text).isEmpty()) {
            return Set.of();
        }
        return CurrentActor.runAs(Actor.system(), () -> directory.findUnits(new UnitSearch(null, null, text, true), new PageRequest(0, 500))
                .items().stream().map(UnitView::id).collect(Collectors.toSet()));
    }
}
