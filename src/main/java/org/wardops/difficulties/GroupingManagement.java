package org.wardops.difficulties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.GroupingLearning;
import org.wardops.difficulties.internal.GroupingModel;
import org.wardops.difficulties.internal.GroupingStore;
import org.wardops.difficulties.internal.ThesaurusEntry;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The grouping's configuration for this deployment, for administrators: the domain thesaurus (list, add, change,
 * remove; a change takes effect for the next suggestions without a restart) and the tuning of threshold and field
 * weights to the pairs people's decisions labelled. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class GroupingManagement {

    private static final Logger log = LoggerFactory.getLogger(GroupingManagement.class);

    private final GroupingStore store;
    private final GroupingModel model;
    private final GroupingLearning learning;
    private final DifficultiesPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    GroupingManagement(GroupingStore store, GroupingModel model, GroupingLearning learning, DifficultiesPolicy policy, AuditTrail audit, Clock clock) {
        this.store = store;
        this.model = model;
        this.learning = learning;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current actor administers the grouping (the page's link and forms). */
    public boolean mayAdminister() {
        return policy.mayAdministerGrouping(CurrentActor.get());
    }

    public List<ThesaurusEntryView> thesaurus() {
        policy.requireGroupingAdministration(CurrentActor.get());
        return store.thesaurus().stream().map(GroupingManagement::view).toList();
    }

    public ThesaurusEntryView thesaurusEntry(UUID id) {
        policy.requireGroupingAdministration(CurrentActor.get());
        return view(load(id));
    }

    @Transactional
    public ThesaurusEntryView addThesaurusEntry(SaveThesaurusEntry command) {
        Actor actor = CurrentActor.get();
        policy.requireGroupingAdministration(actor);
        ThesaurusEntry.Checked checked = ThesaurusEntry.check(command.terms(), command.topic(), command.weight(), store.thesaurus());
        ThesaurusEntry entry = new ThesaurusEntry(Ids.next(), checked.terms(), checked.topic(), checked.weight(), store.nextPosition(), clock.instant(), 0);
        store.insert(entry);
        store.countRevision();
        audit.record("difficulties.thesaurus.added", "ThesaurusEntry", entry.id(), null, null, state(entry));
        return view(entry);
    }

    @Transactional
    public ThesaurusEntryView changeThesaurusEntry(UUID id, long version, SaveThesaurusEntry command) {
        Actor actor = CurrentActor.get();
        policy.requireGroupingAdministration(actor);
        ThesaurusEntry before = load(id);
        ThesaurusEntry.Checked checked = ThesaurusEntry.check(command.terms(), command.topic(), command.weight(),
                store.thesaurus().stream().filter(other -> !other.id().equals(id)).toList());
        ThesaurusEntry after = new ThesaurusEntry(id, checked.terms(), checked.topic(), checked.weight(), before.position(), clock.instant(), version);
        if (before.version() != version || !store.update(after)) {
            throw ConflictException.staleVersion();
        }
        store.countRevision();
        audit.record("difficulties.thesaurus.changed", "ThesaurusEntry", id, null, state(before), state(after));
        return view(load(id));
    }

    @Transactional
    public void removeThesaurusEntry(UUID id, long version) {
        Actor actor = CurrentActor.get();
        policy.requireGroupingAdministration(actor);
        ThesaurusEntry before = load(id);
        if (!store.delete(id, version)) {
            throw ConflictException.staleVersion();
        }
        store.countRevision();
        audit.record("difficulties.thesaurus.removed", "ThesaurusEntry", id, null, state(before), null);
    }

    /** The settings in force, the labelled pairs and the latest tuning run. */
    public GroupingTuningView tuning() {
        policy.requireGroupingAdministration(CurrentActor.get());
        GroupingModel.Settings settings = model.settings();
        long[] counts = store.pairCounts();
        return new GroupingTuningView(settings.threshold(), settings.weights().title(), settings.weights().description(),
                settings.weights().recommendation(), settings.tuned(), GroupingLearning.defaultThreshold(), counts[0], counts[1],
                GroupingLearning.minimumPairs(), GroupingLearning.minimumEach(), store.thesaurus().size(), settings.rebuildMicros(),
                store.latestRun().map(GroupingManagement::run).orElse(null));
    }

    /**
     * Fits threshold and field weights to the labelled pairs (administrators on demand, the nightly job); with too
     * few pairs, or without a measurable gain, the defaults stay. The run, its values and its fit are stored, logged and audited.
     */
    @Transactional
    public GroupingTuningView.Run tune() {
        Actor actor = CurrentActor.get();
        policy.requireGroupingAdministration(actor);
        GroupingStore.TuningRow row = learning.tune(actor.accountId(), clock.instant());
        store.insert(row);
        store.countRevision();
        GroupingTuningView.Run run = run(row);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", run.outcome());
        after.put("pairs", run.pairs());
        after.put("samePairs", run.samePairs());
        after.put("threshold", run.threshold());
        after.put("weights", List.of(run.titleWeight(), run.descriptionWeight(), run.recommendationWeight()));
        after.put("precision", run.precision() == null ? "" : run.precision());
        after.put("recall", run.recall() == null ? "" : run.recall());
        after.put("defaultPrecision", run.defaultPrecision() == null ? "" : run.defaultPrecision());
        after.put("defaultRecall", run.defaultRecall() == null ? "" : run.defaultRecall());
        audit.record("difficulties.grouping.tuned", "GroupingTuning", row.id(), null, null, after);
        log.info("Grouping tuned: {}", after);
        return run;
    }

    private ThesaurusEntry load(UUID id) {
        return store.entry(id).orElseThrow(() -> new NotFoundException("difficulties.error.thesaurus.notFound", id));
    }

    private static ThesaurusEntryView view(ThesaurusEntry entry) {
        return new ThesaurusEntryView(entry.id(), entry.concept(), entry.terms(), entry.topic(), entry.weight(), entry.updatedAt(), entry.version());
    }

    private static Map<String, Object> state(ThesaurusEntry entry) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("terms", entry.terms());
        state.put("topic", entry.topic() == null ? "" : entry.topic());
        state.put("weight", entry.weight() == null ? "" : entry.weight());
        return state;
    }

    private static GroupingTuningView.Run run(GroupingStore.TuningRow row) {
        return new GroupingTuningView.Run(row.at(), row.outcome(), row.pairs(), row.samePairs(), row.threshold(), row.weights().title(),
                row.weights().description(), row.weights().recommendation(), row.precision(), row.recall(), row.defaultPrecision(),
                row.defaultRecall(), row.millis());
    }
}
