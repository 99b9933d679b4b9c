package org.wardops.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitDetails;
import org.wardops.directory.UnitImportReport;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.directory.WorkingGroupView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Directory", description = "Organisation units and working groups")
class UnitApiController {

    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;

    UnitApiController(DirectoryManagement directory, DeploymentSettings deployment) {
        this.directory = directory;
        this.deployment = deployment;
    }

    @GetMapping("/api/v1/units")
    @Operation(operationId = "listUnits", summary = "Search units", description = "q matches with or without diacritics; results in Vietnamese alphabetical order. "
            + "province defaults to the deployment's; 'all' searches the whole country.")
    PageResult<UnitView> list(@RequestParam(required = false) @Nullable String province, @RequestParam(required = false) @Nullable UnitType type,
                              @RequestParam(required = false) @Nullable String q,
                              @RequestParam(defaultValue = "false") boolean includeHistoric,
                              @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        String provinceCode = province == null || province.isBlank() ? deployment.provinceCode()
                : "all".equals(province) ? null : province.length() == 1 ? "0" + province : province;
        return directory.findUnits(new UnitSearch(provinceCode, type, q, includeHistoric), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/units/{id}")
    @Operation(operationId = "getUnit", summary = "One unit with its parent, supervising working group, lineage and people")
    UnitDetails get(@PathVariable UUID id) {
        return directory.details(id);
    }

    @PostMapping(path = "/api/v1/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importList", summary = "Import the official unit list (CSV)", description = "All or nothing; dryRun=true only reports what would change")
    UnitImportReport importList(@Parameter(description = "UTF-8 CSV with province_code, province_name, province_type, unit_code, unit_name, unit_type")
                                @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                                @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "directory.error.import.fileRequired");
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return directory.importOfficialUnits(reader, dryRun);
        }
    }

    @GetMapping("/api/v1/working-groups")
    @Operation(operationId = "workingGroups", summary = "The working groups of the deployment's city")
    PageResult<UnitView> workingGroups() {
        List<UnitView> groups = directory.workingGroups(deployment.provinceCode());
        return new PageResult<>(groups, 0, groups.size(), groups.size());
    }

    @GetMapping("/api/v1/working-groups/{id}")
    @Operation(operationId = "workingGroup", summary = "A working group with its supervised units and members")
    WorkingGroupView workingGroup(@PathVariable UUID id) {
        return directory.workingGroup(id);
    }
}
