package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.CommonStore;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyLists;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.difficulties.internal.GroupingDecisions;
import org.wardops.difficulties.internal.GroupingModel;
import org.wardops.difficulties.internal.SimilarityGrouping;
import org.wardops.difficulties.internal.CommonDifficulty;
import org.wardops.difficulties.internal.DifficultiesPolicy;
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
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

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

    /** The add-members form lists at most this many candidates. */
    static final int CANDIDATES_MAX = 50;

    private final CommonStore commons;
    private final DifficultyStore difficulties;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final DifficultiesPolicy policy;
    private final CommonDifficultyViews views;
    private final DifficultyLists lists;
    private final GroupingModel grouping;
    private final GroupingDecisions decisions;

    CommonDifficultyManagement(CommonStore commons, DifficultyStore difficulties, DirectoryManagement directory, AuditTrail audit, Clock clock,
                               DifficultiesPolicy policy, CommonDifficultyViews views, DifficultyLists lists, GroupingModel grouping,
                               GroupingDecisions decisions) {
        this.grouping = grouping;
        this.decisions = decisions;
        this.policy = policy;
        this.lists = lists;
        this.views = views;
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
        Actor actor = CurrentActor.get();
        policy.requireGrouping(actor);
        Set<UUID> units = null;
        if (workingGroupId != null) {
            UnitView group = directory.unit(workingGroupId);
            if (group.type() != UnitType.WORKING_GROUP) {
                throw InvalidInputException.of("scope", "difficulties.error.suggestion.scopeInvalid");
            }
            units = directory.unitsSupervisedBy(workingGroupId);
        }
        List<Difficulty> candidates = lists.ungrouped(policy.visible(actor), units).stream()
                .filter(d -> policy.namesUnit(actor, d))
                .toList();
        Map<UUID, Difficulty> byId = new LinkedHashMap<>();
        candidates.forEach(d -> byId.put(d.id(), d));
        Map<UUID, List<Cosigner>> cosigners = difficulties.cosigners(byId.keySet());
        Set<String> decided = new HashSet<>(commons.decidedKeys());
        List<SuggestionView> suggestions = new ArrayList<>();
        for (SimilarityGrouping.Group group : grouping.grouping().group(candidates.stream()
                .map(d -> new SimilarityGrouping.Text(d.id(), d.title(), d.description(), d.recommendation(), d.category())).toList(),
                grouping.settings().threshold())) {
            String key = key(group.ids());
            if (decided.contains(key)) {
                continue;
            }
            decisions.shown(key, group.ids());
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

    /** Whether the actor groups difficulties at all (working groups, the city leadership): the page shows suggestions only then. */
    public boolean mayGroup() {
        return policy.mayGroup(CurrentActor.get());
    }

    /**
     * Difficulties the owner of the common difficulty could add: ungrouped, of its categories, among the owning group's
     * units (the city's for the city office), that the actor may see named; at most {@link #CANDIDATES_MAX}.
     */
    public List<MemberView> candidates(UUID id) {
        Actor actor = CurrentActor.get();
        CommonDifficulty common = load(id);
        policy.require(actor, CommonDifficultyAction.ADD_MEMBERS, common);
        Set<UUID> units = common.workingGroupId() == null ? null : directory.unitsSupervisedBy(common.workingGroupId());
        return lists.ungrouped(policy.visible(actor), units).stream()
                .filter(d -> policy.namesUnit(actor, d) && common.categories().contains(d.category()))
                .limit(CANDIDATES_MAX)
                .map(d -> member(d, 0)).toList();
    }

    /** One page of the common difficulties, the newest first, with the total. */
    public PageResult<CommonDifficultyView> commonDifficulties(PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<CommonDifficulty> found = commons.page(page);
        List<CommonDifficultyView> list = views.views(found.items(), actor);
        return new PageResult<>(list, found.page(), found.size(), found.total());
    }

    public CommonDifficultyView commonDifficulty(UUID id) {
        Actor actor = CurrentActor.get();
        return views.views(List.of(load(id)), actor).getFirst();
    }

    /** The actor may build a proposal from each of the common difficulties. */
    void requireProposable(List<UUID> ids) {
        Actor actor = CurrentActor.get();
        List<CommonDifficulty> found = commons.findAll(ids);
        if (found.size() != ids.size()) {
            throw InvalidInputException.of("commonDifficultyIds", "difficulties.error.proposal.commonUnknown");
        }
        found.forEach(common -> policy.require(actor, CommonDifficultyAction.PROPOSE, common));
    }

    private CommonDifficulty load(UUID id) {
        return commons.find(id).orElseThrow(() -> new NotFoundException("difficulties.error.common.notFound", id));
    }

    /** Creates a common difficulty; with a suggestion key, records that the suggestion was accepted (as suggested or edited). */
    @Transactional
    public CommonDifficultyView create(NewCommonDifficulty command) {
        Actor actor = CurrentActor.get();
        policy.requireGrouping(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String title = DifficultyTexts.collect(problems, "title", command.title(), DifficultyTexts.TITLE_MAX);
        String summary = command.summary() == null || command.summary().isBlank() ? title
                : DifficultyTexts.collectMultiline(problems, "summary", command.summary(), DifficultyTexts.TEXT_MAX);
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
        CommonDifficulty common = new CommonDifficulty(Ids.next(), title, summary, categories, actor.workingGroupId(), now, 0);
        commons.insert(common, actor.accountId());
        members.forEach(d -> commons.addMember(common.id(), d.id(), now));
        decisions.grouped(command.suggestionKey(), ids, actor.accountId(), now);
        if (command.suggestionKey() != null) {
            commons.recordDecision(command.suggestionKey(), key(ids).equals(command.suggestionKey()) ? "ACCEPTED" : "EDITED", common.id(),
                    actor.accountId(), now);
        }
        audit.record("difficulties.common.created", "CommonDifficulty", common.id(), actor.workingGroupId(), null,
                Map.of("title", title, "members", ids, "suggestionKey", command.suggestionKey() == null ? "" : command.suggestionKey()));
        return views.views(List.of(common), actor).getFirst();
    }

    @Transactional
    public CommonDifficultyView addMembers(UUID id, long version, @Nullable List<UUID> difficultyIds) {
        Actor actor = CurrentActor.get();
        policy.requireGrouping(actor);
        CommonDifficulty common = load(id);
        policy.require(actor, CommonDifficultyAction.ADD_MEMBERS, common);
        if (difficultyIds == null || difficultyIds.isEmpty()) {
            throw InvalidInputException.of("difficultyIds", "difficulties.error.common.membersRequired");
        }
        if (common.version() != version) {
            throw ConflictException.staleVersion();
        }
        List<Difficulty> members = groupable(List.copyOf(new LinkedHashSet<>(difficultyIds)), actor);
        CommonDifficulty grown = common.withMembersOf(members.stream().map(Difficulty::category).toList());
        Instant now = clock.instant();
        if (!commons.touch(id, version, grown.categories(), now)) {
            throw ConflictException.staleVersion();
        }
        decisions.added(members.stream().map(Difficulty::id).toList(), commons.members(id), actor.accountId(), now);
        members.forEach(d -> commons.addMember(id, d.id(), now));
        audit.record("difficulties.common.membersAdded", "CommonDifficulty", id, common.workingGroupId(), null,
                Map.of("added", members.stream().map(Difficulty::id).toList()));
        return commonDifficulty(id);
    }

    @Transactional
    public void reject(@Nullable String suggestionKey) {
        Actor actor = CurrentActor.get();
        policy.requireGrouping(actor);
        if (suggestionKey == null || !suggestionKey.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.of("key", "difficulties.error.suggestion.keyInvalid");
        }
        if (commons.decided(suggestionKey)) {
            throw new ConflictException("difficulties.error.suggestion.alreadyDecided");
        }
        commons.recordDecision(suggestionKey, "REJECTED", null, actor.accountId(), clock.instant());
        decisions.rejected(suggestionKey, actor.accountId(), clock.instant());
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
            if (!policy.namesUnit(actor, d)) {
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

    private static MemberView member(Difficulty d, int cosigners) {
        return CommonDifficultyViews.member(d, cosigners);
    }
}
