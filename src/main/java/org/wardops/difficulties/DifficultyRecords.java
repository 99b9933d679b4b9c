package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.DifficultyFigures;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.shared.time.LocalTime;
import org.wardops.shared.time.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the difficulty use cases share: loading what the actor may read, saving with audit, views, deadlines, addressees. */
@Component
class DifficultyRecords {

    final DifficultyStore store;
    final DifficultiesPolicy policy;
    final DirectoryManagement directory;
    final AuditTrail audit;
    final Clock clock;
    private final WorkingDays workingDays;
    private final DeploymentSettings deployment;
    private final DifficultyFigures figures;

    DifficultyRecords(DifficultyStore store, DifficultiesPolicy policy, DirectoryManagement directory, AuditTrail audit, Clock clock,
                      WorkingDays workingDays, DeploymentSettings deployment, DifficultyFigures figures) {
        this.store = store;
        this.policy = policy;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.workingDays = workingDays;
        this.deployment = deployment;
        this.figures = figures;
    }

    /** The difficulty, if the actor may see it; otherwise "not found", so that a confidential item's existence is not revealed. */
    Difficulty readable(UUID id, Actor actor) {
        Difficulty difficulty = store.find(id).orElseThrow(() -> new DifficultyNotFoundException(id));
        if (!policy.readable(actor, difficulty)) {
            throw new DifficultyNotFoundException(id);
        }
        return difficulty;
    }

    /** The readable difficulty at the version the actor saw, after the policy allowed the action. */
    Difficulty forAction(UUID id, long version, Actor actor, DifficultyAction action) {
        Difficulty current = readable(id, actor);
        policy.require(actor, action, current);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        return current;
    }

    DifficultyView save(Difficulty before, Difficulty after, String action) {
        if (!store.update(after, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        Difficulty saved = store.find(after.id()).orElseThrow();
        audit.record(action, "Difficulty", after.id(), after.unitId(), before, saved);
        figures.saved(before, saved);
        return view(saved);
    }

    DifficultyStore.Entry addEntry(UUID difficultyId, EntryKind kind, String text, Actor actor) {
        String role = actor.roles().stream().sorted().findFirst().map(Role::name).orElse("");
        DifficultyStore.Entry entry = new DifficultyStore.Entry(Ids.next(), difficultyId, kind, text, actor.accountId(), actor.displayName(), role,
                actor.unitName(), clock.instant(), null, 0);
        store.insertEntry(entry);
        return entry;
    }

    LocalDate deadline(String category, LocalDate from) {
        int days = store.categories().stream().filter(c -> c.code().equals(category)).findFirst().map(CategoryView::answerDays).orElse(15);
        return workingDays.add(from, days);
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    DifficultyView view(Difficulty d) {
        return DifficultyStore.view(d, store.cosigners(List.of(d.id())).getOrDefault(d.id(), List.of()), today());
    }

    PageResult<DifficultyView> views(PageResult<Difficulty> found) {
        Map<UUID, List<Cosigner>> cosigners = store.cosigners(found.items().stream().map(Difficulty::id).toList());
        LocalDate today = today();
        return found.map(d -> DifficultyStore.view(d, cosigners.getOrDefault(d.id(), List.of()), today));
    }

    /** The unit whose people answer for the addressee: the working group, the department, or the province unit for the city leadership. */
    @Nullable UUID answeringUnit(Addressee addressee) {
        if (addressee.type() == AddresseeType.CITY_LEADERSHIP) {
            return directory.unitByCode(deployment.provinceCode()).map(UnitView::id).orElse(null);
        }
        return addressee.unitId();
    }

    String cityLeadershipName() {
        return directory.unitByCode(deployment.provinceCode()).map(UnitView::name).orElse(deployment.provinceCode());
    }
}
