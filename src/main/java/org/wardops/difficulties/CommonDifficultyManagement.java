package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.CommonStore;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.difficulties.internal.SimilarityGrouping;
import org.wardops.difficulties.internal.Visibility;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Hashing;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Common difficulties: the same difficulty raised by many units, grouped by a working group or the city office. The
 * system suggests groupings by text similarity; a person accepts (possibly edited) or rejects each suggestion.
 */
@Service
@Transactional(readOnly = true)
public class CommonDifficultyManagement {

    static final Role[] GROUPING_ROLES = {Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.CITY_LEADER, Role.SYSTEM_ADMIN};

    private final CommonStore commons;
    private final DifficultyStore difficulties;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final SimilarityGrouping grouping = new SimilarityGrouping();

    CommonDifficultyManagement(CommonStore commons, DifficultyStore difficulties, DirectoryManagement directory, AuditTrail audit, Clock clock) {
        this.commons = commons;
        this.difficulties = difficulties;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Suggested groupings of the difficulties no common difficulty holds yet, the largest first: across the city
     * ({@code workingGroupId} null) or among one working group's units. Confidential difficulties take part only
     * within the reader's scope; suggestions someone already accepted or rejected are not repeated.
     */
    public List<SuggestionView> suggestions(@Nullable UUID workingGroupId) {
        Actor actor = CurrentActor.requireAnyRole(GROUPING_ROLES);
        Set<UUID> units = null;
        if (workingGroupId != null) {
            UnitView group = directory.unit(workingGroupId);
            if (group.type() != UnitType.WORKING_GROUP) {
                throw InvalidInputException.of("scope", "difficulties.error.suggestion.scopeInvalid");
            }
            units = directory.unitsSupervisedBy(workingGroupId);
        }
        List<Difficulty> candidates = difficulties.ungrouped(visibility(actor), units).stream()
                .filter(d -> !d.confidential() || actor.covers(d.unitId()))
                .toList();
        Map<UUID, Difficulty> byId = new LinkedHashMap<>();
        candidates.forEach(d -> byId.put(d.id(), d));
        Map<UUID, List<Cosigner>> cosigners = difficulties.cosigners(byId.keySet());
        Set<String> decided = new HashSet<>(commons.decidedKeys());
        List<SuggestionView> suggestions = new ArrayList<>();
        for (SimilarityGrouping.Group group : grouping.group(candidates.stream()
                .map(d -> new SimilarityGrouping.Text(d.id(), d.title(), d.description(), d.recommendation(), d.category())).toList(),
                SimilarityGrouping.DEFAULT_THRESHOLD)) {
            String key = key(group.ids());
            if (decided.contains(key)) {
                continue;
            }
            List<MemberView> members = group.ids().stream().map(byId::get)
                    .map(d -> member(d, cosigners.getOrDefault(d.id(), List.of()).size())).toList();
            Set<UUID> affected = new LinkedHashSet<>();
            group.ids().forEach(id -> {
                affected.add(byId.get(id).unitId());
                cosigners.getOrDefault(id, List.of()).forEach(cosigner -> affected.add(cosigner.unitId()));
            });
            suggestions.add(new SuggestionView(key, members, group.sharedTerms(), group.score(),
                    members.stream().map(MemberView::category).distinct().toList(), affected.size()));
        }
        suggestions.sort(Comparator.comparingInt(SuggestionView::unitCount).reversed().thenComparing(SuggestionView::score, Comparator.reverseOrder()));
        return suggestions;
    }

    public List<CommonDifficultyView> commonDifficulties() {
        Actor actor = CurrentActor.get();
        return commons.all().stream().map(common -> view(common, actor)).toList();
    }

    public CommonDifficultyView commonDifficulty(UUID id) {
        Actor actor = CurrentActor.get();
        return view(commons.find(id).orElseThrow(() -> new NotFoundException("difficulties.error.common.notFound", id)), actor);
    }

    /** Creates a common difficulty; with a suggestion key, records that the suggestion was accepted (as suggested or edited). */
    @Transactional
    public CommonDifficultyView create(NewCommonDifficulty command) {
        Actor actor = CurrentActor.requireAnyRole(GROUPING_ROLES);
        List<FieldProblem> problems = new ArrayList<>();
        String title = DifficultyManagement.collect(problems, "title", command.title(), DifficultyManagement.TITLE_MAX);
        String summary = command.summary() == null || command.summary().isBlank() ? title
                : DifficultyManagement.collect(problems, "summary", command.summary(), DifficultyManagement.TEXT_MAX);
        List<UUID> ids = command.difficultyIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.difficultyIds()));
        if (ids.size() < 2) {
            problems.add(FieldProblem.of("difficultyIds", "difficulties.error.common.twoOrMore"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Difficulty> members = groupable(ids, actor);
        if (command.suggestionKey() != null && commons.decided(command.suggestionKey())) {
            throw new ConflictException("difficulties.error.suggestion.alreadyDecided");
        }
        List<String> categories = command.categories() == null || command.categories().isEmpty()
                ? members.stream().map(Difficulty::category).distinct().toList() : List.copyOf(command.categories());
        Instant now = clock.instant();
        CommonStore.Common common = new CommonStore.Common(Ids.next(), title, summary, categories, actor.workingGroupId(), now, 0);
        commons.insert(common, actor.accountId());
        members.forEach(d -> commons.addMember(common.id(), d.id(), now));
        if (command.suggestionKey() != null) {
            commons.recordDecision(command.suggestionKey(), key(ids).equals(command.suggestionKey()) ? "ACCEPTED" : "EDITED", common.id(),
                    actor.accountId(), now);
        }
        audit.record("difficulties.common.created", "CommonDifficulty", common.id(), actor.workingGroupId(), null,
                Map.of("title", title, "members", ids, "suggestionKey", command.suggestionKey() == null ? "" : command.suggestionKey()));
        return view(common, actor);
    }

    @Transactional
    public CommonDifficultyView addMembers(UUID id, long version, @Nullable List<UUID> difficultyIds) {
        Actor actor = CurrentActor.requireAnyRole(GROUPING_ROLES);
        CommonStore.Common common = commons.find(id).orElseThrow(() -> new NotFoundException("difficulties.error.common.notFound", id));
        if (difficultyIds == null || difficultyIds.isEmpty()) {
            throw InvalidInputException.of("difficultyIds", "difficulties.error.common.membersRequired");
        }
        if (common.version() != version) {
            throw ConflictException.staleVersion();
        }
        List<Difficulty> members = groupable(List.copyOf(new LinkedHashSet<>(difficultyIds)), actor);
        List<String> categories = new ArrayList<>(common.categories());
        members.stream().map(Difficulty::category).filter(category -> !categories.contains(category)).distinct().forEach(categories::add);
        Instant now = clock.instant();
        if (!commons.touch(id, version, categories, now)) {
            throw ConflictException.staleVersion();
        }
        members.forEach(d -> commons.addMember(id, d.id(), now));
        audit.record("difficulties.common.membersAdded", "CommonDifficulty", id, common.workingGroupId(), null,
                Map.of("added", members.stream().map(Difficulty::id).toList()));
        return commonDifficulty(id);
    }

    @Transactional
    public void reject(@Nullable String suggestionKey) {
        Actor actor = CurrentActor.requireAnyRole(GROUPING_ROLES);
        if (suggestionKey == null || !suggestionKey.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.of("key", "difficulties.error.suggestion.keyInvalid");
        }
        if (commons.decided(suggestionKey)) {
            throw new ConflictException("difficulties.error.suggestion.alreadyDecided");
        }
        commons.recordDecision(suggestionKey, "REJECTED", null, actor.accountId(), clock.instant());
        audit.record("difficulties.suggestion.rejected", "Suggestion", UUID.nameUUIDFromBytes(suggestionKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                actor.workingGroupId(), null, Map.of("key", suggestionKey));
    }

    /** The key of a suggested group: the same members give the same key, whatever their order. */
    public static String key(List<UUID> ids) {
        return Hashing.sha256(String.join(",", ids.stream().map(UUID::toString).sorted().toList()));
    }

    /** The difficulties, each visible, submitted, not declined and not yet grouped; confidential ones only within the actor's scope. */
    private List<Difficulty> groupable(List<UUID> ids, Actor actor) {
        List<Difficulty> found = difficulties.findAll(ids);
        if (found.size() != ids.size()) {
            throw InvalidInputException.of("difficultyIds", "difficulties.error.common.unknownDifficulty");
        }
        for (Difficulty d : found) {
            if (d.confidential() && !actor.covers(d.unitId())) {
                throw new AccessRefusedException("difficulties.error.common.confidentialOutsideScope", d.unitName());
            }
            if (d.state() == DifficultyState.DRAFT || d.state() == DifficultyState.DECLINED) {
                throw new RuleViolationException("difficulties.error.common.notGroupable", d.title());
            }
        }
        if (!commons.alreadyGrouped(ids).isEmpty()) {
            throw new ConflictException("difficulties.error.common.alreadyGrouped");
        }
        return found;
    }

    private CommonDifficultyView view(CommonStore.Common common, Actor actor) {
        List<Difficulty> members = difficulties.findAll(commons.members(common.id()));
        Map<UUID, List<Cosigner>> cosigners = difficulties.cosigners(members.stream().map(Difficulty::id).toList());
        Map<UUID, String> affected = new LinkedHashMap<>();
        for (Difficulty d : members) {
            affected.put(d.unitId(), d.unitName());
            cosigners.getOrDefault(d.id(), List.of()).forEach(cosigner -> affected.putIfAbsent(cosigner.unitId(), cosigner.unitName()));
        }
        List<MemberView> visible = members.stream().filter(d -> !d.confidential() || actor.covers(d.unitId()))
                .map(d -> member(d, cosigners.getOrDefault(d.id(), List.of()).size())).toList();
        List<UnitRef> units = affected.entrySet().stream().map(entry -> new UnitRef(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(UnitRef::name)).toList();
        return new CommonDifficultyView(common.id(), common.title(), common.summary(), common.categories(), common.workingGroupId(),
                affected.size(), units, visible, common.createdAt(), common.version());
    }

    private static MemberView member(Difficulty d, int cosigners) {
        return new MemberView(d.id(), d.unitId(), d.unitName(), d.title(), d.description(), d.recommendation(), d.category(), d.state(), cosigners);
    }

    private static Visibility visibility(Actor actor) {
        Set<UUID> addressedTo = new HashSet<>();
        if (actor.unitId() != null) {
            addressedTo.add(actor.unitId());
        }
        if (actor.workingGroupId() != null) {
            addressedTo.add(actor.workingGroupId());
        }
        return new Visibility(actor.scope().cityWide(), actor.scope().unitIds(), addressedTo);
    }
}
