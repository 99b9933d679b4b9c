package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.capacity.internal.CapacityListCache;
import org.wardops.capacity.internal.CapacityPolicy;
import org.wardops.capacity.internal.CapacityPolicy.Action;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.capacity.internal.ReadinessStore;
import org.wardops.capacity.internal.RuleType;
import org.wardops.capacity.internal.Text;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Readiness scores: a unit's score with every criterion's points, evidence and gap; the city ranking (dense rank,
 * see {@link ReadinessStore}) with its heat table; the monthly trend; and a difficulty drafted from a gap.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessManagement {

    private final ReadinessRecorder recorder;
    private final ReadinessStore store;
    private final CapacityPolicy policy;
    private final DirectoryManagement directory;
    private final DifficultyManagement difficulties;
    private final MessageSource messages;
    private final org.wardops.audit.AuditTrail audit;
    private final CapacityListCache lists;

    ReadinessManagement(ReadinessRecorder recorder, ReadinessStore store, CapacityPolicy policy, DirectoryManagement directory,
                        DifficultyManagement difficulties, MessageSource messages, org.wardops.audit.AuditTrail audit,
                        CapacityListCache lists) {
        this.audit = audit;
        this.lists = lists;
        this.recorder = recorder;
        this.store = store;
        this.policy = policy;
        this.directory = directory;
        this.difficulties = difficulties;
        this.messages = messages;
    }

    /** The unit's score computed from its records now, with its rank among the stored scores. */
    public ReadinessView readiness(UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        List<ReadinessRecorder.Scored> scored = recorder.score(unitId);
        List<CriterionScore> criteria = scored.stream().map(s -> new CriterionScore(s.criterion().code(), label(s.criterion()), s.outcome().points(),
                BigDecimal.valueOf(s.criterion().weight()).setScale(2), say(s.outcome().evidence()), gap(s))).toList();
        BigDecimal score = criteria.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal max = criteria.stream().map(CriterionScore::max).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new ReadinessView(unitId, directory.unit(unitId).name(), score, max, store.rankOf(unitId).orElse(null), criteria);
    }

    public List<CriterionView> criteria() {
        CurrentActor.get();
        return store.criteria().stream().map(c -> new CriterionView(c.code(), label(c), c.weight(), c.ruleType().name(), c.parameter())).toList();
    }

    /** The ranking of the units the actor reads, optionally those a working group supervises; ranks are the city's. */
    public Ranking ranking(@Nullable UUID workingGroupId, PageRequest page) {
        Actor actor = CurrentActor.get();
        CapacityPolicy.Visible visible = policy.visible(actor);
        if (visible.all()) {
            // the same page for every city-wide reader: kept under the capacity revision (a working group's units
            // follow a change of supervision within the cache's 30 s)
            return lists.get(new RankingQuery(workingGroupId, page.offset(), page.size()), () -> ranking(workingGroupId, visible, page));
        }
        return ranking(workingGroupId, visible, page);
    }

    private record RankingQuery(@Nullable UUID workingGroupId, long offset, int size) {
    }

    private Ranking ranking(@Nullable UUID workingGroupId, CapacityPolicy.Visible visible, PageRequest page) {
        Collection<UUID> units = null;
        if (workingGroupId != null) {
            units = directory.unitsSupervisedBy(workingGroupId);
        }
        if (!visible.all()) {
            Set<UUID> mine = visible.unitIds();
            units = units == null ? mine : units.stream().filter(mine::contains).toList();
        }
        List<CriterionView> criteria = criteria();
        if (units != null && units.isEmpty()) {
            return new Ranking(new PageResult<>(List.of(), page.page(), page.size(), 0), criteria);
        }
        List<ReadinessStore.ScoreRow> rows = store.ranking(units, page.size(), page.offset());
        long total = store.count(units);
        Map<UUID, Map<String, BigDecimal>> points = store.points(rows.stream().map(ReadinessStore.ScoreRow::unitId).toList());
        List<RankingRow> ranked = new ArrayList<>();
        for (ReadinessStore.ScoreRow row : rows) {
            ranked.add(new RankingRow(row.rank(), row.unitId(), row.unitName(), row.score(), row.max(), points.getOrDefault(row.unitId(), Map.of())));
        }
        return new Ranking(new PageResult<>(ranked, page.page(), page.size(), total), criteria);
    }

    /** The unit's monthly scores (period {@code yyyy-MM}), oldest first. */
    public List<Map.Entry<String, BigDecimal>> trend(UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        return store.trend(unitId);
    }

    /**
     * Rescores every unit with a score from its records now, in one transaction: the current scores, the heat table
     * and this month's snapshot of the trend (a month in which nothing changed gets its snapshot too). The monthly
     * job runs it on the first of each month; administrators may run it after changing the criteria.
     */
    @Transactional
    public int recomputeAll() {
        Actor actor = CurrentActor.get();
        if (!policy.mayRecompute(actor)) {
            throw new org.wardops.shared.AccessRefusedException("capacity.error.access.recompute");
        }
        List<UUID> units = store.scoredUnits();
        units.forEach(recorder::recompute);
        audit.record("capacity.readiness.recomputed", "Readiness", new UUID(0L, 0L), null, null, Map.of("units", units.size()));
        return units.size();
    }

    public boolean mayDraftDifficulty(UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, Action.DRAFT_DIFFICULTY, unitId)).orElse(false);
    }

    /** Drafts a difficulty of the unit pre-filled with a criterion's gap; the unit or its working group then completes and submits it. */
    @Transactional
    public DifficultyView draftDifficulty(UUID unitId, @Nullable String criterionCode) {
        policy.require(CurrentActor.get(), Action.DRAFT_DIFFICULTY, unitId);
        ReadinessView readiness = readiness(unitId);
        CriterionScore criterion = readiness.criteria().stream().filter(c -> c.code().equals(criterionCode) && c.gap() != null).findFirst()
                .orElseThrow(() -> InvalidInputException.of("criterion", "capacity.error.readiness.noSuchGap"));
        String category = switch (criterionCode) {
            case "dtOfficer", "postsFilled" -> "STAFFING";
            case "basicSkills", "trainingCoverage" -> "SKILLS_TRAINING";
            default -> "INFRASTRUCTURE";
        };
        String title = truncate(criterion.gap(), 300);
        String description = say(Text.of("capacity.message.draft.description", criterion.label(), criterion.gap(), criterion.evidence(),
                criterion.points().toPlainString(), criterion.max().toPlainString()));
        return difficulties.create(new SaveDifficulty(unitId, title, description, category, Severity.MEDIUM,
                say(Text.of("capacity.message.draft.recommendation")), null, DifficultySource.AD_HOC,
                say(Text.of("capacity.message.draft.source")), false));
    }

    /** The gap in words; a value read from indicators says which criterion it is about. */
    private @Nullable String gap(ReadinessRecorder.Scored s) {
        if (s.outcome().gap() == null) {
            return null;
        }
        String gap = say(s.outcome().gap());
        return s.criterion().ruleType() == RuleType.INDICATOR_VALUE ? say(Text.of("capacity.message.gap.labelled", label(s.criterion()), gap)) : gap;
    }

    private static String truncate(@Nullable String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }

    private String label(ReadinessStore.CriterionRow c) {
        return switch (LocaleContextHolder.getLocale().getLanguage()) {
            case "en" -> c.labelEn();
            case "de" -> c.labelDe();
            default -> c.labelVi();
        };
    }

    private String say(Text text) {
        return messages.getMessage(text.key(), text.arguments().toArray(), LocaleContextHolder.getLocale());
    }
}
