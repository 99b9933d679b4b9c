package org.wardops.capacity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wardops.capacity.ControlStatus;
import org.wardops.capacity.InfrastructureView.Backup;
import org.wardops.capacity.InfrastructureView.Link;
import org.wardops.capacity.StaffSummary;
import org.wardops.capacity.StaffView;
import org.wardops.directory.DirectoryManagement;
import org.jspecify.annotations.Nullable;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.indicators.UnitValues;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Counts a unit's facts, scores them against the configured criteria, stores the score and publishes it with its
 * criteria to {@code indicators}, all in the transaction that changed the facts.
 */
@Component
public class ReadinessRecorder {

    private static final Object PENDING = new Object();

    /** A criterion with what its rule made of the facts. */
    public record Scored(ReadinessStore.CriterionRow criterion, RuleType.Outcome outcome) {
    }

    private final StaffStore staff;
    private final AssetStore assets;
    private final InfrastructureStore infrastructure;
    private final ReadinessStore readiness;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;
    private final IndicatorManagement indicators;
    private final Clock clock;

    ReadinessRecorder(StaffStore staff, AssetStore assets, InfrastructureStore infrastructure, ReadinessStore readiness,
                      DirectoryManagement directory, ApplicationEventPublisher events, IndicatorManagement indicators, Clock clock) {
        this.indicators = indicators;
        this.staff = staff;
        this.assets = assets;
        this.infrastructure = infrastructure;
        this.readiness = readiness;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public Set<String> digitalOfficerCodes() {
        return staff.positions().stream().filter(StaffStore.PositionRow::digitalOfficer).map(StaffStore.PositionRow::code).collect(Collectors.toSet());
    }

    public Facts facts(UUID unitId) {
        return facts(unitId, readiness.criteria(), null);
    }

    /**
     * The unit's facts; the values of {@code INDICATOR_VALUE} criteria come from {@code indicators} (this month, else
     * the month before, read as WardOps itself), or from {@code published} when it is at least as recent: what a
     * module just published may not be stored by {@code indicators} yet.
     */
    Facts facts(UUID unitId, List<ReadinessStore.CriterionRow> criteria, @Nullable IndicatorValuesPublished published) {
        LocalDate today = today();
        Map<String, Facts.Reading> readings = readings(unitId, criteria, YearMonth.from(today), published);
        List<StaffView> people = staff.ofUnit(unitId);
        StaffSummary summary = StaffFigures.summary(unitId, staff.establishedPosts(unitId), people, digitalOfficerCodes());
        int basic = (int) people.stream().filter(s -> s.current() && s.testedSkill().atLeastBasic()).count();
        AssetStore.PcCounts pcs = assets.pcCounts(unitId, today);
        LocalDate lastRestore = infrastructure.backups(unitId).stream().map(Backup::lastRestoreTest).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Map<String, ControlStatus> answers = new HashMap<>();
        infrastructure.answers(unitId).forEach(a -> answers.put(a.code(), a.status()));
        int inPlace = 0;
        int missing = 0;
        int notApplicable = 0;
        for (InfrastructureStore.ControlRow control : infrastructure.controls()) {
            switch (answers.getOrDefault(control.code(), ControlStatus.MISSING)) {
                case IN_PLACE -> inPlace++;
                case MISSING -> missing++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        List<Link> links = infrastructure.links(unitId);
        return new Facts(today, summary.establishedPosts(), summary.filledPosts(), summary.currentStaff(), summary.severalPosts(), basic,
                summary.dtOfficerPresent(), summary.dtOfficerConcurrentOnly(), pcs.pcs(), pcs.supported(), pcs.ending(), pcs.unsupported(),
                pcs.unknown(), lastRestore, inPlace, missing, notApplicable, links.size(), (int) links.stream().filter(Link::redundant).count(), readings);
    }

    private Map<String, Facts.Reading> readings(UUID unitId, List<ReadinessStore.CriterionRow> criteria, YearMonth month,
                                                @Nullable IndicatorValuesPublished published) {
        Set<String> wanted = criteria.stream().filter(c -> c.ruleType() == RuleType.INDICATOR_VALUE && c.dataElement() != null)
                .map(ReadinessStore.CriterionRow::dataElement).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Facts.Reading> readings = new HashMap<>();
        if (wanted.isEmpty()) {
            return readings;
        }
        for (YearMonth period : List.of(month, month.minusMonths(1))) {
            if (readings.keySet().containsAll(wanted)) {
                break;
            }
            UnitValues values = CurrentActor.runAs(Actor.system(), () -> indicators.values(unitId, period.toString()));
            for (UnitValues.Value value : values.values()) {
                if (wanted.contains(value.dataElement()) && value.value() != null) {
                    readings.putIfAbsent(value.dataElement(), new Facts.Reading(value.value(), period.toString()));
                }
            }
        }
        if (published != null && published.unitId().equals(unitId)) {
            YearMonth period = parseMonth(published.period());
            if (period != null && !period.isAfter(month) && !period.isBefore(month.minusMonths(1))) {
                published.values().forEach((code, value) -> {
                    Facts.Reading known = readings.get(code);
                    if (wanted.contains(code) && (known == null || known.period().compareTo(period.toString()) <= 0)) {
                        readings.put(code, new Facts.Reading(value, period.toString()));
                    }
                });
            }
        }
        return readings;
    }

    private static @Nullable YearMonth parseMonth(String period) {
        try {
            return YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The data elements the active criteria read from {@code indicators}. */
    public Set<String> dataElementsRead() {
        return readiness.criteria().stream().filter(c -> c.ruleType() == RuleType.INDICATOR_VALUE && c.dataElement() != null)
                .map(ReadinessStore.CriterionRow::dataElement).collect(Collectors.toSet());
    }

    public static List<Scored> score(List<ReadinessStore.CriterionRow> criteria, Facts facts) {
        List<Scored> scored = new ArrayList<>();
        for (ReadinessStore.CriterionRow criterion : criteria) {
            scored.add(new Scored(criterion, criterion.ruleType().apply(facts, criterion.weight(), criterion.parameter(), criterion.dataElement())));
        }
        return scored;
    }

    public List<Scored> score(UUID unitId) {
        List<ReadinessStore.CriterionRow> criteria = readiness.criteria();
        return score(criteria, facts(unitId, criteria, null));
    }

    /** Rescores the unit now, in the caller's transaction, with values a module has just published (see {@link #facts}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputePublished(IndicatorValuesPublished published) {
        store(published.unitId(), published);
    }

    /**
     * Recomputes, stores and publishes the unit's score in the caller's transaction, just before it commits: a use
     * case that changes several facts of a unit (or several units, like the demo) scores each unit once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(UUID unitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store(unitId, null);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<UUID> units = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, units);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    List<UUID> due = List.copyOf(units);
                    units.clear();
                    due.forEach(unit -> store(unit, null));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = units;
            // the scores are saved in the commit phase, too late to register the revision bump: register it now,
            // after this synchronization, so that it runs after the saves
            readiness.willSave();
        }
        pending.add(unitId);
    }

    private void store(UUID unitId, @Nullable IndicatorValuesPublished published) {
        List<ReadinessStore.CriterionRow> criteria = readiness.criteria();
        Facts facts = facts(unitId, criteria, published);
        List<Scored> scored = score(criteria, facts);
        BigDecimal score = scored.stream().map(s -> s.outcome().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = scored.stream().map(s -> BigDecimal.valueOf(s.criterion().weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal[]> points = new LinkedHashMap<>();
        scored.forEach(s -> points.put(s.criterion().code(), new BigDecimal[] {s.outcome().points(), BigDecimal.valueOf(s.criterion().weight())}));
        String period = YearMonth.from(facts.today()).toString();
        readiness.save(unitId, directory.unit(unitId).name(), score, max, points, period, clock.instant());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("capacity.readiness.score", score);
        values.put("capacity.readiness.max", max);
        scored.forEach(s -> values.put("capacity.readiness." + s.criterion().code(), s.outcome().points()));
        values.put("capacity.staff.dtOfficer", facts.dtOfficerMain() ? BigDecimal.ONE : BigDecimal.ZERO);
        values.put("capacity.staff.establishedPosts", BigDecimal.valueOf(facts.establishedPosts()));
        values.put("capacity.staff.filledPosts", BigDecimal.valueOf(facts.filledPosts()));
        values.put("capacity.staff.current", BigDecimal.valueOf(facts.currentStaff()));
        values.put("capacity.staff.severalPosts", BigDecimal.valueOf(facts.severalPosts()));
        values.put("capacity.staff.basicItTested", BigDecimal.valueOf(facts.basicTested()));
        values.put("capacity.assets.pcs", BigDecimal.valueOf(facts.pcs()));
        values.put("capacity.assets.pcsUnsupported", BigDecimal.valueOf(facts.pcsUnsupported()));
        values.put("capacity.assets.pcsUnknown", BigDecimal.valueOf(facts.pcsUnknown()));
        values.put("capacity.backup.restoreTested", scored.stream().anyMatch(s -> s.criterion().ruleType() == RuleType.RESTORE_TEST_WITHIN_MONTHS
                && s.outcome().gap() == null) ? BigDecimal.ONE : BigDecimal.ZERO);
        values.put("capacity.controls.inPlace", BigDecimal.valueOf(facts.controlsInPlace()));
        values.put("capacity.controls.applicable", BigDecimal.valueOf(facts.controlsInPlace() + facts.controlsMissing()));
        events.publishEvent(new IndicatorValuesPublished("capacity", unitId, period, values));
    }
}
