package org.wardops.capacity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wardops.capacity.AssetManagement;
import org.wardops.capacity.AssetSearch;
import org.wardops.capacity.AssetState;
import org.wardops.capacity.AssetType;
import org.wardops.capacity.AssetView;
import org.wardops.capacity.CertificateView;
import org.wardops.capacity.ImportReport;
import org.wardops.capacity.InfrastructureManagement;
import org.wardops.capacity.InfrastructureView;
import org.wardops.capacity.ItSkill;
import org.wardops.capacity.MatchKey;
import org.wardops.capacity.PositionView;
import org.wardops.capacity.PostView;
import org.wardops.shared.web.QueryParameters;
import org.wardops.capacity.Ranking;
import org.wardops.capacity.ReadinessManagement;
import org.wardops.capacity.ReadinessView;
import org.wardops.capacity.SaveAsset;
import org.wardops.capacity.SaveInfrastructure;
import org.wardops.capacity.SaveStaff;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSummary;
import org.wardops.capacity.StaffView;
import org.wardops.capacity.SupportStatus;
import org.wardops.capacity.UnitStaff;
import org.wardops.difficulties.DifficultyView;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.web.Downloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Capacity", description = "Staff register, IT assets with operating-system support status, infrastructure, readiness score and ranking")
class CapacityApiController {

    record StaffBody(@Nullable UUID personId, @Nullable List<PostView> posts, @Nullable ItSkill selfAssessedSkill, @Nullable ItSkill testedSkill,
                     @Nullable LocalDate testedOn, @Nullable List<CertificateView> certificates, @Nullable LocalDate leftOn, @Nullable Long version) {

        SaveStaff command() {
            return new SaveStaff(personId, posts, selfAssessedSkill, testedSkill, testedOn, certificates, leftOn);
        }
    }

    record AssetBody(@Nullable UUID unitId, @Nullable AssetType type, @Nullable String tag, @Nullable String serial, @Nullable String model,
                     @Nullable Integer purchaseYear, @Nullable String osProduct, @Nullable String osVersion, @Nullable String osEdition,
                     @Nullable AssetState state, @Nullable String location, @Nullable UUID custodianPersonId, @Nullable Long version) {

        SaveAsset command() {
            return new SaveAsset(type, tag, serial, model, purchaseYear, osProduct, osVersion, osEdition, state, location, custodianPersonId);
        }
    }

    record EstablishmentBody(@Nullable Integer establishedPosts) {
    }

    private final StaffManagement staff;
    private final AssetManagement assets;
    private final InfrastructureManagement infrastructure;
    private final ReadinessManagement readiness;

    CapacityApiController(StaffManagement staff, AssetManagement assets, InfrastructureManagement infrastructure, ReadinessManagement readiness) {
        this.staff = staff;
        this.assets = assets;
        this.infrastructure = infrastructure;
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/positions")
    @Operation(operationId = "positions", summary = "The position catalogue, labels in the caller's language; digitalOfficer marks the dedicated DT officer post")
    List<PositionView> positions() {
        return staff.positions();
    }

    @GetMapping("/api/v1/units/{unitId}/staff")
    @Operation(operationId = "unitStaff", summary = "A unit's staff register with its summary (established vs filled posts, people with 2+ posts, DT officer present)")
    UnitStaff unitStaff(@PathVariable UUID unitId) {
        return staff.unitStaff(unitId);
    }

    @PostMapping("/api/v1/units/{unitId}/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "register", summary = "Register a person of the unit (a directory person) with their posts, skills and certificates")
    StaffView register(@PathVariable UUID unitId, @RequestBody StaffBody body) {
        return staff.register(unitId, body.command());
    }

    @PutMapping("/api/v1/units/{unitId}/establishment")
    @Operation(operationId = "establishment", summary = "Set the number of established posts (biên chế) allotted to the unit")
    StaffSummary establishment(@PathVariable UUID unitId, @RequestBody EstablishmentBody body) {
        return staff.setEstablishedPosts(unitId, body.establishedPosts());
    }

    @GetMapping("/api/v1/staff/{id}")
    @Operation(operationId = "staffEntry", summary = "One staff register entry")
    StaffView staffEntry(@PathVariable UUID id) {
        return staff.staff(id);
    }

    @PutMapping("/api/v1/staff/{id}")
    @Operation(operationId = "changeStaff", summary = "Change an entry; send the version you read. A leftOn date marks the person as left, keeping the entry")
    StaffView changeStaff(@PathVariable UUID id, @RequestBody StaffBody body) {
        return staff.change(id, ApiVersions.required(body.version()), body.command());
    }

    @GetMapping("/api/v1/assets")
    @Operation(operationId = "assets", summary = "Assets in the caller's scope, paged in SQL", description = "type: DESKTOP, LAPTOP, PRINTER, SCANNER, NETWORK, SERVER, OTHER; "
            + "support: UNSUPPORTED, ENDING, SUPPORTED, UNKNOWN (judged today in Asia/Ho_Chi_Minh); size at most 500")
    PageResult<AssetView> assets(@RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable String type,
                                 @RequestParam(required = false) @Nullable String support, @RequestParam(required = false) @Nullable String page,
                                 @RequestParam(required = false) @Nullable String size) {
        AssetSearch search = new AssetSearch(QueryParameters.uuid("unitId", unitId), QueryParameters.option("type", type, AssetType.class),
                QueryParameters.option("support", support, SupportStatus.class));
        return assets.find(search, PageRequest.of(QueryParameters.number("page", page, 0, 1_000_000), QueryParameters.number("size", size, 1, PageRequest.MAX_SIZE)));
    }

    @PostMapping("/api/v1/assets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAsset", summary = "Record an asset of unitId (the caller's own unit when absent)")
    AssetView createAsset(@RequestBody AssetBody body) {
        UUID unitId = body.unitId() != null ? body.unitId() : org.wardops.shared.security.CurrentActor.get().unitId();
        if (unitId == null) {
            throw InvalidInputException.of("unitId", "capacity.error.input.required");
        }
        return assets.create(unitId, body.command());
    }

    @GetMapping("/api/v1/assets/{id}")
    @Operation(operationId = "asset", summary = "One IT asset")
    AssetView asset(@PathVariable UUID id) {
        return assets.asset(id);
    }

    @PutMapping("/api/v1/assets/{id}")
    @Operation(operationId = "changeAsset", summary = "Change an asset; send the version you read")
    AssetView changeAsset(@PathVariable UUID id, @RequestBody AssetBody body) {
        return assets.change(id, ApiVersions.required(body.version()), body.command());
    }

    @PostMapping("/api/v1/assets/import")
    @Operation(operationId = "dryRun", summary = "Import a unit's inventory from XLSX or CSV (UTF-8 with or without BOM, or Windows-1258)",
            description = "All or nothing: any refused row and nothing is written. dryRun (default true) only reports. matchKey TAG (default) or SERIAL")
    ImportReport importInventory(@RequestParam(required = false) @Nullable String unitId, @RequestParam(defaultValue = "true") boolean dryRun,
                                 @RequestParam(required = false) @Nullable String matchKey, @RequestPart("file") MultipartFile file) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        if (unit == null) {
            throw InvalidInputException.of("unitId", "capacity.error.input.required");
        }
        try {
            return assets.importInventory(unit, file.getOriginalFilename(), file.getBytes(), QueryParameters.option("matchKey", matchKey, MatchKey.class), dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/assets/import-template")
    @Operation(operationId = "assetImportTemplate", summary = "The inventory template (XLSX) with its columns and one example row")
    ResponseEntity<byte[]> template() {
        return Downloads.file(assets.template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "inventory-template.xlsx");
    }

    @GetMapping("/api/v1/units/{unitId}/infrastructure")
    @Operation(operationId = "infrastructure", summary = "A unit's links, storage, backups, systems and control answers")
    InfrastructureView infrastructure(@PathVariable UUID unitId) {
        return infrastructure.infrastructure(unitId);
    }

    @PutMapping("/api/v1/units/{unitId}/infrastructure")
    @Operation(operationId = "saveInfrastructure", summary = "Replace the unit's links, storage, backups, systems and control answers; send the version you read (-1 or none the first time)")
    InfrastructureView saveInfrastructure(@PathVariable UUID unitId, @RequestBody SaveInfrastructure body) {
        return infrastructure.save(unitId, body);
    }

    @GetMapping("/api/v1/units/{unitId}/readiness")
    @Operation(operationId = "unitReadiness", summary = "The unit's readiness score computed now: criteria with points, max, evidence and gap in the caller's language; rank is the city's dense rank")
    ReadinessView unitReadiness(@PathVariable UUID unitId) {
        return readiness.readiness(unitId);
    }

    @GetMapping("/api/v1/readiness")
    @Operation(operationId = "ranking", summary = "The ranking of the units the caller reads (dense rank over the city, ties share a rank), optionally of one working group")
    Ranking ranking(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String page,
                    @RequestParam(required = false) @Nullable String size) {
        return readiness.ranking(QueryParameters.uuid("workingGroupId", workingGroupId),
                PageRequest.of(QueryParameters.number("page", page, 0, 1_000_000), QueryParameters.number("size", size, 1, PageRequest.MAX_SIZE)));
    }

    @PostMapping("/api/v1/readiness/recompute")
    @Operation(operationId = "recompute", summary = "Rescore every unit from its records now (current scores, heat table, this month's trend snapshot); administrators")
    Map<String, Integer> recompute() {
        return Map.of("units", readiness.recomputeAll());
    }

    @PostMapping("/api/v1/units/{unitId}/readiness/gaps/{criterion}/difficulty")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "draftDifficulty", summary = "Draft a difficulty of the unit pre-filled with the criterion's gap (the unit or its working group)")
    DifficultyView draftDifficulty(@PathVariable UUID unitId, @PathVariable String criterion) {
        return readiness.draftDifficulty(unitId, criterion);
    }
}
