package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.capacity.internal.AssetChecks;
import org.wardops.capacity.internal.AssetStore;
import org.wardops.capacity.internal.CapacityPolicy;
import org.wardops.capacity.internal.CapacityPolicy.Action;
import org.wardops.capacity.internal.InventoryFile;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonNotFoundException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's IT assets and the support status of their operating systems; the asset list at national size pages in
 * SQL. Inventory imports are all-or-nothing: one refused row and nothing is written; a dry run answers exactly what
 * the commit would do.
 */
@Service
@Transactional(readOnly = true)
public class AssetManagement {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final AssetStore store;
    private final AssetChecks checks;
    private final CapacityPolicy policy;
    private final PeopleManagement people;
    private final ReadinessRecorder readiness;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    AssetManagement(AssetStore store, AssetChecks checks, CapacityPolicy policy, PeopleManagement people, ReadinessRecorder readiness,
                    AuditTrail audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.policy = policy;
        this.people = people;
        this.readiness = readiness;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public PageResult<AssetView> find(AssetSearch search, PageRequest page) {
        Actor actor = CurrentActor.get();
        if (search.unitId() != null) {
            policy.require(actor, Action.READ, search.unitId());
        }
        return store.search(search, policy.visible(actor), readiness.today(), page);
    }

    public AssetView asset(UUID id) {
        AssetView asset = store.find(id, readiness.today()).orElseThrow(() -> new CapacityRecordNotFoundException("asset", id));
        if (!policy.allowed(CurrentActor.get(), Action.READ, asset.unitId())) {
            throw new CapacityRecordNotFoundException("asset", id);
        }
        return asset;
    }

    public boolean mayEdit(UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, Action.EDIT, unitId)).orElse(false);
    }

    /** The unit's in-use PCs by age in years (0–2, 3–5, 6–8, 9+, unknown year), for the histogram. */
    public List<AgeBucket> ageHistogram(UUID unitId) {
        policy.require(CurrentActor.get(), Action.READ, unitId);
        int year = readiness.today().getYear();
        int[] counts = new int[5];
        store.pcPurchaseYears(unitId).forEach((purchased, count) -> {
            int age = year - purchased;
            counts[purchased == 0 ? 4 : age <= 2 ? 0 : age <= 5 ? 1 : age <= 8 ? 2 : 3] += count;
        });
        return List.of(new AgeBucket("0–2", counts[0]), new AgeBucket("3–5", counts[1]), new AgeBucket("6–8", counts[2]),
                new AgeBucket("9+", counts[3]), new AgeBucket("?", counts[4]));
    }

    @Transactional
    public AssetView create(UUID unitId, SaveAsset command) {
        policy.require(CurrentActor.get(), Action.EDIT, unitId);
        AssetView asset = checked(command, Ids.next(), unitId, 0, null);
        store.insertAll(List.of(asset), clock.instant());
        audit.record("capacity.asset.created", "Asset", asset.id(), unitId, null, asset);
        readiness.recompute(unitId);
        return asset(asset.id());
    }

    @Transactional
    public AssetView change(UUID id, long version, SaveAsset command) {
        AssetView current = asset(id);
        policy.require(CurrentActor.get(), Action.EDIT, current.unitId());
        AssetView asset = checked(command, id, current.unitId(), version, id);
        if (current.version() != version || store.updateAll(List.of(asset), clock.instant()) != 1) {
            throw ConflictException.staleVersion();
        }
        AssetView stored = asset(id);
        audit.record("capacity.asset.changed", "Asset", id, current.unitId(), current, stored);
        readiness.recompute(current.unitId());
        return stored;
    }

    public byte[] template() {
        CurrentActor.get();
        return InventoryFile.template();
    }

    /**
     * Imports a unit's inventory: each row creates an asset or updates the one with the same key (tag or serial).
     * Refused rows are listed with their line; with any of them, or on a dry run, nothing is written.
     */
    @Transactional
    public ImportReport importInventory(UUID unitId, @Nullable String fileName, byte[] content, @Nullable MatchKey matchKey, boolean dryRun) {
        ImportReport report = importChecked(unitId, fileName, content, matchKey, dryRun);
        org.wardops.shared.ImportMetrics.recorded("assets", dryRun, report.refused().isEmpty(), report.written() ? report.created() + report.updated() : 0);
        return report;
    }

    private ImportReport importChecked(UUID unitId, @Nullable String fileName, byte[] content, @Nullable MatchKey matchKey, boolean dryRun) {
        policy.require(CurrentActor.get(), Action.EDIT, unitId);
        if (content.length > MAX_FILE_BYTES) {
            throw InvalidInputException.of("file", "capacity.error.import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        boolean byTag = matchKey != MatchKey.SERIAL;
        LocalDate today = readiness.today();
        InventoryFile.Content file = InventoryFile.read(fileName == null ? "" : fileName, content);
        List<ImportReport.Refusal> refused = new ArrayList<>();
        if (!file.problem().isEmpty()) {
            refused.add(refusal(0, "file", file.problem()));
            return new ImportReport(dryRun, false, 0, 0, refused);
        }
        Map<String, InventoryFile.Line> byKey = new LinkedHashMap<>();
        Map<InventoryFile.Line, SaveAsset> parsed = new LinkedHashMap<>();
        for (InventoryFile.Line line : file.lines()) {
            List<FieldProblem> problems = new ArrayList<>();
            SaveAsset asset = parse(line, problems);
            String key = byTag ? asset.tag() : asset.serial();
            if (key == null || key.isBlank()) {
                problems.add(FieldProblem.of(byTag ? "tag" : "serial", "capacity.error.import.keyMissing"));
            } else if (byKey.putIfAbsent(key.strip(), line) != null) {
                problems.add(FieldProblem.of(byTag ? "tag" : "serial", "capacity.error.import.duplicateInFile", byKey.get(key.strip()).number()));
            }
            problems.forEach(p -> refused.add(refusal(line.number(), p)));
            parsed.put(line, asset);
        }
        Map<String, AssetView> existing = store.byKey(unitId, byTag, byKey.keySet(), today);
        Map<String, String> otherKeyOwner = new HashMap<>();
        for (String[] row : store.tagsAndSerials(unitId)) {
            String other = byTag ? row[2] : row[1];
            if (other != null) {
                otherKeyOwner.put(other, row[0]);
            }
        }
        Set<String> otherKeysInFile = new HashSet<>();
        List<AssetView> creates = new ArrayList<>();
        List<AssetView> updates = new ArrayList<>();
        for (var entry : parsed.entrySet()) {
            InventoryFile.Line line = entry.getKey();
            SaveAsset command = entry.getValue();
            String key = byTag ? command.tag() : command.serial();
            AssetView current = key == null ? null : existing.get(key.strip());
            List<FieldProblem> problems = new ArrayList<>();
            Optional<AssetView> asset = checks.check(command, current == null ? Ids.next() : current.id(), unitId,
                    current == null ? 0 : current.version(), today, problems);
            String otherKey = byTag ? command.serial() : command.tag();
            if (otherKey != null && !otherKey.isBlank()) {
                String owner = otherKeyOwner.get(otherKey.strip());
                if ((owner != null && (current == null || !owner.equals(current.id().toString()))) || !otherKeysInFile.add(otherKey.strip())) {
                    problems.add(FieldProblem.of(byTag ? "serial" : "tag", "capacity.error.import.duplicateInUnit"));
                }
            }
            problems.forEach(p -> refused.add(refusal(line.number(), p)));
            if (asset.isPresent() && problems.isEmpty()) {
                (current == null ? creates : updates).add(asset.get());
            }
        }
        refused.sort(java.util.Comparator.comparingInt(ImportReport.Refusal::line));
        boolean write = !dryRun && refused.isEmpty();
        if (write) {
            store.insertAll(creates, clock.instant());
            if (store.updateAll(updates, clock.instant()) != updates.size()) {
                throw ConflictException.staleVersion();
            }
            audit.record("capacity.asset.imported", "Unit", unitId, unitId, null,
                    Map.of("file", fileName == null ? "" : fileName, "created", creates.size(), "updated", updates.size(), "matchKey", byTag ? "TAG" : "SERIAL"));
            readiness.recompute(unitId);
        }
        return new ImportReport(dryRun, write, creates.size(), updates.size(), refused);
    }

    private AssetView checked(SaveAsset command, UUID id, UUID unitId, long version, @Nullable UUID self) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<AssetView> asset = checks.check(command, id, unitId, version, readiness.today(), problems);
        if (command.custodianPersonId() != null) {
            try {
                if (!people.person(command.custodianPersonId()).unitId().equals(unitId)) {
                    problems.add(FieldProblem.of("custodianPersonId", "capacity.error.staff.personOfOtherUnit"));
                }
            } catch (PersonNotFoundException e) {
                problems.add(FieldProblem.of("custodianPersonId", "capacity.error.staff.personUnknown"));
            }
        }
        for (String[] row : store.tagsAndSerials(unitId)) {
            if (self != null && row[0].equals(self.toString())) {
                continue;
            }
            if (command.tag() != null && command.tag().strip().equals(row[1])) {
                problems.add(FieldProblem.of("tag", "capacity.error.asset.tagTaken"));
            }
            if (command.serial() != null && command.serial().strip().equals(row[2])) {
                problems.add(FieldProblem.of("serial", "capacity.error.asset.serialTaken"));
            }
        }
        if (!problems.isEmpty() || asset.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return asset.get();
    }

    private static SaveAsset parse(InventoryFile.Line line, List<FieldProblem> problems) {
        Map<String, String> c = line.cells();
        AssetType type = null;
        String typeText = blank(c.get("type"));
        if (typeText != null) {
            try {
                type = AssetType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("type", "capacity.error.import.typeUnknown", typeText));
            }
        }
        AssetState state = null;
        String stateText = blank(c.get("state"));
        if (stateText != null) {
            try {
                state = AssetState.valueOf(stateText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("state", "capacity.error.import.stateUnknown", stateText));
            }
        }
        Integer year = null;
        String yearText = blank(c.get("purchaseYear"));
        if (yearText != null) {
            try {
                year = Integer.valueOf(yearText.replace(".0", ""));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("purchaseYear", "capacity.error.import.yearInvalid", yearText));
            }
        }
        return new SaveAsset(type == null ? (typeText == null ? null : AssetType.OTHER) : type, blank(c.get("tag")), blank(c.get("serial")),
                blank(c.get("model")), year, blank(c.get("osProduct")), blank(c.get("osVersion")), blank(c.get("osEdition")), state,
                blank(c.get("location")), null);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ImportReport.Refusal refusal(int line, FieldProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ImportReport.Refusal(line, problem.field(), code(problem.messageKey()),
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
    }

    private ImportReport.Refusal refusal(int line, String field, String key) {
        return refusal(line, FieldProblem.of(field, key));
    }

    /** The refusal code: the message key's last part ({@code capacity.error.import.typeUnknown} → {@code typeUnknown}). */
    private static String code(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
