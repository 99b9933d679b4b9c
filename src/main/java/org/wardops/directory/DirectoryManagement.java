package org.wardops.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Propagation;
import org.wardops.directory.internal.AffiliationCache;
import org.wardops.directory.internal.DirectoryPolicy;
import org.wardops.directory.internal.OfficialUnitList;
import org.wardops.directory.internal.PersonStore;
import org.wardops.directory.internal.UnitStore;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Organisation units, their hierarchy and lineage, and working groups. Every logged-in person may read the
 * directory; changes are for system administrators and are audited.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

    /** The day the two-tier local government took effect; official units are valid from it. */
    public static final LocalDate TWO_TIER_SINCE = LocalDate.of(2025, 7, 1);
    /** The longest search text of the unit and people directories. */
    public static final int SEARCH_LIMIT = 200;

    private final UnitStore units;
    private final PersonStore people;
    private final AuditTrail audit;
    private final Clock clock;
    private final AffiliationCache affiliations;
    private final DirectoryPolicy policy;

    DirectoryManagement(UnitStore units, PersonStore people, AuditTrail audit, Clock clock, AffiliationCache affiliations,
                        DirectoryPolicy policy) {
        this.affiliations = affiliations;
        this.policy = policy;
        this.units = units;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<UnitView> findUnits(UnitSearch search, PageRequest page) {
        CurrentActor.get();
        TextRules.require("q", search.text(), SEARCH_LIMIT, TextRules.Lines.SINGLE);
        return units.search(search, page);
    }

    public UnitView unit(UUID id) {
        CurrentActor.get();
        return units.find(id).orElseThrow(() -> new UnitNotFoundException(id));
    }

    public Optional<UnitView> unitByCode(String code) {
        CurrentActor.get();
        return units.findByCode(code);
    }

    public List<UnitView> units(Collection<UUID> ids) {
        CurrentActor.get();
        return units.findAll(ids);
    }

    /** The unit page's data in six short queries: unit, parent, children, supervising group, lineage, people. */
    public UnitDetails details(UUID id) {
        UnitView unit = unit(id);
        UnitView parent = unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null);
        UnitView group = units.supervisingGroupView(id).orElse(null);
        Map<Boolean, List<Map.Entry<UnitView, LocalDate>>> lineage = units.lineageViews(id);
        PageResult<PersonView> staff = people.search(id, null, new PageRequest(0, PageRequest.MAX_SIZE));
        return new UnitDetails(unit, parent, units.countChildren(id), group, successions(lineage.get(true)), successions(lineage.get(false)),
                staff.items(), staff.total(), actions(id));
    }

    /** The actions the current actor may take on the directory records of the unit (null: those about no one unit). */
    public Set<DirectoryAction> actions(@Nullable UUID unitId) {
        return policy.allowedOn(CurrentActor.get(), unitId);
    }

    private static List<UnitDetails.Succession> successions(List<Map.Entry<UnitView, LocalDate>> steps) {
        return steps.stream().map(step -> new UnitDetails.Succession(step.getKey(), step.getValue())).toList();
    }

    /** Every unit whose data rolls up into this one: its predecessors, theirs, and so on. */
    public Set<UUID> predecessorsOf(UUID unitId) {
        CurrentActor.get();
        Set<UUID> found = new java.util.LinkedHashSet<>();
        List<UUID> frontier = new ArrayList<>(List.of(unitId));
        while (!frontier.isEmpty()) {
            UUID next = frontier.removeLast();
            for (var entry : units.lineage(next, true)) {
                if (found.add(entry.getKey())) {
                    frontier.add(entry.getKey());
                }
            }
        }
        return found;
    }

    public List<UnitView> workingGroups(String provinceCode) {
        CurrentActor.get();
        return units.ofType(UnitType.WORKING_GROUP, provinceCode).stream()
                .sorted(java.util.Comparator.comparing(UnitView::code, DirectoryManagement::naturalOrder))
                .toList();
    }

    public WorkingGroupView workingGroup(UUID id) {
        UnitView group = unit(id);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new UnitNotFoundException(id);
        }
        List<UnitView> supervised = units.findAll(units.supervisedBy(id));
        Map<UUID, GroupRole> roles = new LinkedHashMap<>();
        units.members(id).forEach(entry -> roles.put(entry.getKey(), entry.getValue()));
        List<PersonView> members = people.findAll(roles.keySet());
        Map<UUID, String> homeUnits = new HashMap<>();
        units.findAll(members.stream().map(PersonView::unitId).toList()).forEach(unit -> homeUnits.put(unit.id(), unit.name()));
        List<WorkingGroupView.GroupMember> groupMembers = members.stream()
                .map(person -> new WorkingGroupView.GroupMember(person, roles.get(person.id()), homeUnits.getOrDefault(person.unitId(), "")))
                .sorted(java.util.Comparator.comparing(member -> member.role().ordinal()))
                .toList();
        return new WorkingGroupView(group, supervised, groupMembers);
    }

    /**
     * Where an account belongs, for its actor: answered from a short-lived cache that directory changes empty, so a
     * request reads the directory at most once in a while. Joins no transaction: a cache hit borrows no connection.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Affiliation affiliation(@Nullable UUID personId, UUID unitId, @Nullable UUID workingGroupId) {
        return affiliations.get(personId, unitId, workingGroupId, () -> units.affiliation(personId, unitId, workingGroupId));
    }

    /** The units a working group supervises; the access module builds working-group scopes from it. */
    public Set<UUID> unitsSupervisedBy(UUID workingGroupId) {
        return Set.copyOf(units.supervisedBy(workingGroupId));
    }

    public Optional<UnitView> supervisingGroupOf(UUID unitId) {
        CurrentActor.get();
        return units.supervisingGroup(unitId).flatMap(units::find);
    }

    @Transactional
    public UnitView createUnit(NewUnit command) {
        affiliations.invalidateAfterCommit();
        policy.require(CurrentActor.get(), DirectoryAction.CREATE_UNIT, null);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (command.code().isBlank()) {
            problems.add(InvalidInputException.FieldProblem.of("code", "directory.error.unit.codeRequired"));
        } else {
            TextRules.check(problems, "code", command.code().strip(), 40, TextRules.Lines.SINGLE);
        }
        if (command.name().isBlank()) {
            problems.add(InvalidInputException.FieldProblem.of("name", "directory.error.unit.nameRequired"));
        } else {
            TextRules.check(problems, "name", command.name().strip(), TextRules.NAME, TextRules.Lines.SINGLE);
        }
        if (command.type().isAdministrative()) {
            problems.add(InvalidInputException.FieldProblem.of("type", "directory.error.unit.officialTypeReserved"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (units.findByCode(command.code().strip()).isPresent()) {
            throw new ConflictException("directory.error.unit.codeTaken", command.code().strip());
        }
        UnitView parent = command.parentId() == null ? null : unit(command.parentId());
        UnitView created = new UnitView(Ids.next(), command.code().strip(), command.name().strip(), command.type(),
                command.parentId(), parent == null ? null : parent.provinceCode(), false, today(), null, 0);
        units.insert(created, now());
        audit.record("directory.unit.created", "Unit", created.id(), created.id(), null, created);
        return created;
    }

    @Transactional
    public void assignToWorkingGroup(UUID workingGroupId, Collection<UUID> unitIds) {
        affiliations.invalidateAfterCommit();
        policy.require(CurrentActor.get(), DirectoryAction.ASSIGN_SUPERVISION, null);
        UnitView group = unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new RuleViolationException("directory.error.workingGroup.notAGroup", group.name());
        }
        for (UUID unitId : unitIds) {
            UnitView unit = unit(unitId);
            if (!unit.type().isCommuneLevel()) {
                throw new RuleViolationException("directory.error.workingGroup.supervisesCommuneLevelOnly", unit.name());
            }
            UUID previous = units.supervisingGroup(unitId).orElse(null);
            units.assign(workingGroupId, unitId, today());
            audit.record("directory.supervision.assigned", "Unit", unitId, unitId,
                    previous == null ? null : Map.of("workingGroupId", previous), Map.of("workingGroupId", workingGroupId));
        }
    }

    @Transactional
    public void addGroupMember(UUID workingGroupId, UUID personId, GroupRole role) {
        affiliations.invalidateAfterCommit();
        policy.require(CurrentActor.get(), DirectoryAction.ADD_GROUP_MEMBER, null);
        UnitView group = unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new RuleViolationException("directory.error.workingGroup.notAGroup", group.name());
        }
        people.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        units.addMember(workingGroupId, personId, role);
        audit.record("directory.groupMember.added", "Unit", workingGroupId, workingGroupId, null,
                Map.of("personId", personId, "role", role));
    }

    /** Records that predecessors merged (or one split) into a successor; their data rolls up into it from then on. */
    @Transactional
    public void recordSuccession(Collection<UUID> predecessorIds, UUID successorId, LocalDate effectiveOn) {
        affiliations.invalidateAfterCommit();
        policy.require(CurrentActor.get(), DirectoryAction.RECORD_SUCCESSION, null);
        unit(successorId);
        for (UUID predecessorId : predecessorIds) {
            if (predecessorId.equals(successorId) || predecessorsOf(predecessorId).contains(successorId)) {
                throw new RuleViolationException("directory.error.lineage.cycle");
            }
            UnitView predecessor = unit(predecessorId);
            units.recordSuccession(predecessorId, successorId, effectiveOn);
            if (predecessor.validTo() == null) {
                UnitView retired = new UnitView(predecessor.id(), predecessor.code(), predecessor.name(), predecessor.type(),
                        predecessor.parentId(), predecessor.provinceCode(), predecessor.official(), predecessor.validFrom(),
                        effectiveOn.minusDays(1), predecessor.version());
                if (!units.update(retired, now())) {
                    throw ConflictException.staleVersion();
                }
            }
            audit.record("directory.lineage.recorded", "Unit", predecessorId, predecessorId, null,
                    Map.of("successorId", successorId, "effectiveOn", effectiveOn.toString()));
        }
    }

    /** Imports the official list, or with {@code dryRun} only reports what would change. A file with any bad row changes nothing. */
    @Transactional
    public UnitImportReport importOfficialUnits(Reader csv, boolean dryRun) {
        UnitImportReport report = importUnits(csv, dryRun);
        org.wardops.shared.ImportMetrics.recorded("units", dryRun, report.accepted(), dryRun ? 0 : report.created() + report.updated());
        return report;
    }

    private UnitImportReport importUnits(Reader csv, boolean dryRun) {
        policy.require(CurrentActor.get(), DirectoryAction.IMPORT_UNITS, null);
        Map<String, UnitView> existing = units.officialByCode();
        Map<String, OfficialUnitList.Province> knownProvinces = new HashMap<>();
        existing.values().stream().filter(unit -> unit.type().isProvinceLevel())
                .forEach(unit -> knownProvinces.put(unit.code(), new OfficialUnitList.Province(unit.code(), unit.name(), unit.type())));
        OfficialUnitList.Parsed parsed = OfficialUnitList.parse(csv, knownProvinces);
        if (!parsed.problems().isEmpty()) {
            return new UnitImportReport(dryRun, parsed.provinces().size(), parsed.units().size(), 0, 0, 0, 0, parsed.problems());
        }
        Instant now = now();
        Map<String, UUID> provinceIds = new HashMap<>();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        for (OfficialUnitList.Province province : parsed.provinces().values()) {
            UnitView current = existing.get(province.code());
            UnitView wanted = new UnitView(current == null ? Ids.next() : current.id(), province.code(), province.name(),
                    province.type(), null, province.code(), true, TWO_TIER_SINCE, null, current == null ? 0 : current.version());
            provinceIds.put(province.code(), wanted.id());
            unchanged += apply(current, wanted, dryRun, now, created, updated) ? 0 : 1;
        }
        for (OfficialUnitList.Unit unit : parsed.units()) {
            UnitView current = existing.get(unit.code());
            UUID parentId = provinceIds.getOrDefault(unit.provinceCode(), existingId(existing, unit.provinceCode()));
            UnitView wanted = new UnitView(current == null ? Ids.next() : current.id(), unit.code(), unit.name(), unit.type(),
                    parentId, unit.provinceCode(), true, TWO_TIER_SINCE, null, current == null ? 0 : current.version());
            unchanged += apply(current, wanted, dryRun, now, created, updated) ? 0 : 1;
        }
        int listed = parsed.provinces().size() + parsed.units().size();
        Set<String> listedCodes = new java.util.HashSet<>(parsed.provinces().keySet());
        parsed.units().forEach(unit -> listedCodes.add(unit.code()));
        int notInFile = (int) existing.keySet().stream().filter(code -> !listedCodes.contains(code)).count();
        UnitImportReport report = new UnitImportReport(dryRun, parsed.provinces().size(), parsed.units().size(), created.size(),
                updated.size(), unchanged, notInFile, List.of());
        if (!dryRun && (!created.isEmpty() || !updated.isEmpty())) {
            affiliations.invalidateAfterCommit();
            UUID importId = Ids.next();
            audit.record("directory.units.imported", "UnitImport", importId, null, null,
                    Map.of("created", created, "updated", updated, "listed", listed));
        }
        return report;
    }

    /** Answers whether the unit is new or changed; writes it unless this is a dry run. */
    private boolean apply(UnitView current, UnitView wanted, boolean dryRun, Instant now, List<String> created, List<String> updated) {
        if (current == null) {
            created.add(wanted.code());
            if (!dryRun) {
                units.insert(wanted, now);
            }
            return true;
        }
        boolean same = current.name().equals(wanted.name()) && current.type() == wanted.type()
                && java.util.Objects.equals(current.parentId(), wanted.parentId()) && current.validTo() == null;
        if (same) {
            return false;
        }
        updated.add(wanted.code());
        if (!dryRun && !units.update(wanted, now)) {
            throw ConflictException.staleVersion();
        }
        return true;
    }

    private static UUID existingId(Map<String, UnitView> existing, String code) {
        UnitView unit = existing.get(code);
        return unit == null ? null : unit.id();
    }

    private static int naturalOrder(String a, String b) {
        String digitsA = a.replaceAll("\\D", "");
        String digitsB = b.replaceAll("\\D", "");
        if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.length() < 10 && digitsB.length() < 10) {
            int byNumber = Long.compare(Long.parseLong(digitsA), Long.parseLong(digitsB));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.wardops.shared.time.LocalTime.VIETNAM));
    }
}
