package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.InfrastructureView.Backup;
import org.wardops.capacity.InfrastructureView.Control;
import org.wardops.capacity.InfrastructureView.InformationSystem;
import org.wardops.capacity.InfrastructureView.Link;
import org.wardops.capacity.internal.CapacityPolicy;
import org.wardops.capacity.internal.CapacityPolicy.Action;
import org.wardops.capacity.internal.Checks;
import org.wardops.capacity.internal.InfrastructureStore;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's connectivity, storage, backups, information systems (with their Decree 85/2016 security level) and its
 * answers to the controls catalogue. A control "not applicable" needs a reason and leaves the readiness score.
 */
@Service
@Transactional(readOnly = true)
public class InfrastructureManagement {

    public static final int MAX_ITEMS = 20;
    public static final int MAX_MBPS = 100_000;
    public static final int MAX_GB = 10_000_000;

    private final InfrastructureStore store;
    private final CapacityPolicy policy;
    private final ReadinessRecorder readiness;
    private final AuditTrail audit;
    private final Clock clock;

    InfrastructureManagement(InfrastructureStore store, CapacityPolicy policy, ReadinessRecorder readiness, AuditTrail audit, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.readiness = readiness;
        this.audit = audit;
        this.clock = clock;
    }

    public InfrastructureView infrastructure(java.util.UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        return load(unitId);
    }

    public boolean mayEdit(java.util.UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, Action.EDIT, unitId)).orElse(false);
    }

    @Transactional
    public InfrastructureView save(java.util.UUID unitId, SaveInfrastructure command) {
        policy.require(CurrentActor.get(), Action.EDIT, unitId);
        InfrastructureView before = load(unitId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = readiness.today();
        Checks.number(problems, "storageCapacityGb", command.storageCapacityGb(), 0, MAX_GB, false);
        Checks.number(problems, "storageUsedGb", command.storageUsedGb(), 0, MAX_GB, false);
        if (command.storageCapacityGb() != null && command.storageUsedGb() != null && command.storageUsedGb() > command.storageCapacityGb()) {
            problems.add(FieldProblem.of("storageUsedGb", "capacity.error.infrastructure.usedAboveCapacity"));
        }
        List<Link> links = new ArrayList<>();
        List<Link> givenLinks = orEmpty(command.links());
        Checks.limit(problems, "links", givenLinks, MAX_ITEMS);
        for (int i = 0; i < givenLinks.size(); i++) {
            Link l = givenLinks.get(i);
            String f = "links[" + i + "]";
            String provider = Checks.text(problems, f + ".provider", l.provider(), TextRules.NAME, true);
            Checks.number(problems, f + ".downMbps", l.downMbps(), 0, MAX_MBPS, true);
            Checks.number(problems, f + ".upMbps", l.upMbps(), 0, MAX_MBPS, true);
            Checks.number(problems, f + ".outages", l.outages(), 0, 10_000, false);
            links.add(new Link(provider, l.downMbps(), l.upMbps(), l.redundant(), l.outages() == null ? 0 : l.outages()));
        }
        List<Backup> backups = new ArrayList<>();
        List<Backup> givenBackups = orEmpty(command.backups());
        Checks.limit(problems, "backups", givenBackups, MAX_ITEMS);
        for (int i = 0; i < givenBackups.size(); i++) {
            Backup b = givenBackups.get(i);
            String f = "backups[" + i + "]";
            String what = Checks.text(problems, f + ".what", b.what(), TextRules.NAME, true);
            String location = Checks.text(problems, f + ".location", b.location(), TextRules.NAME, true);
            if (b.frequency() == null) {
                problems.add(FieldProblem.of(f + ".frequency", "capacity.error.input.required"));
            }
            Checks.notAfter(problems, f + ".lastRestoreTest", b.lastRestoreTest(), today);
            backups.add(new Backup(what, b.frequency(), location, b.lastRestoreTest()));
        }
        List<InformationSystem> systems = new ArrayList<>();
        List<InformationSystem> givenSystems = orEmpty(command.systems());
        Checks.limit(problems, "systems", givenSystems, MAX_ITEMS);
        for (int i = 0; i < givenSystems.size(); i++) {
            InformationSystem s = givenSystems.get(i);
            String f = "systems[" + i + "]";
            String name = Checks.text(problems, f + ".name", s.name(), TextRules.NAME, true);
            Checks.number(problems, f + ".securityLevel", s.securityLevel(), 1, 5, true);
            String decision = Checks.text(problems, f + ".decisionNumber", s.decisionNumber(), 100, false);
            Checks.notAfter(problems, f + ".decisionDate", s.decisionDate(), today);
            systems.add(new InformationSystem(name, s.securityLevel(), decision, s.decisionDate()));
        }
        Set<String> known = new HashSet<>();
        store.controls().forEach(c -> known.add(c.code()));
        List<InfrastructureStore.Answer> answers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<SaveInfrastructure.ControlAnswer> givenControls = orEmpty(command.controls());
        for (int i = 0; i < givenControls.size(); i++) {
            SaveInfrastructure.ControlAnswer c = givenControls.get(i);
            String f = "controls[" + i + "]";
            if (c.code() == null || !known.contains(c.code()) || !answered.add(c.code())) {
                problems.add(FieldProblem.of(f + ".code", "capacity.error.infrastructure.controlUnknown"));
                continue;
            }
            if (c.status() == null) {
                problems.add(FieldProblem.of(f + ".status", "capacity.error.input.required"));
                continue;
            }
            String reason = Checks.text(problems, f + ".reason", c.reason(), TextRules.SHORT, c.status() == ControlStatus.NOT_APPLICABLE);
            answers.add(new InfrastructureStore.Answer(c.code(), c.status(), c.status() == ControlStatus.NOT_APPLICABLE ? reason : null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long version = command.version() == null ? -1 : command.version();
        if (!store.writeHead(unitId, command.storageCapacityGb(), command.storageUsedGb(), store.head(unitId).isEmpty() ? -1 : version, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        store.replace(unitId, links, backups, systems, answers);
        InfrastructureView after = load(unitId);
        audit.record("capacity.infrastructure.changed", "Infrastructure", unitId, unitId, before, after);
        readiness.recompute(unitId);
        return after;
    }

    private InfrastructureView load(java.util.UUID unitId) {
        var head = store.head(unitId);
        Map<String, InfrastructureStore.Answer> answers = new HashMap<>();
        store.answers(unitId).forEach(a -> answers.put(a.code(), a));
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<Control> controls = store.controls().stream().map(c -> {
            InfrastructureStore.Answer a = answers.get(c.code());
            String label = switch (language) {
                case "en" -> c.labelEn();
                case "de" -> c.labelDe();
                default -> c.labelVi();
            };
            return new Control(c.code(), label, a == null ? ControlStatus.MISSING : a.status(), a == null ? null : a.reason());
        }).toList();
        return new InfrastructureView(unitId, head.map(InfrastructureStore.Head::capacityGb).orElse(null),
                head.map(InfrastructureStore.Head::usedGb).orElse(null), store.links(unitId), store.backups(unitId), store.systems(unitId),
                controls, head.map(InfrastructureStore.Head::version).orElse(-1L));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
