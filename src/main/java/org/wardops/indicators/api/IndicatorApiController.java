package org.wardops.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wardops.indicators.DataElementView;
import org.wardops.indicators.EnterValues;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.RankingRow;
import org.wardops.indicators.RebuildReport;
import org.wardops.indicators.SaveDataElement;
import org.wardops.indicators.SaveIndicator;
import org.wardops.indicators.ScoreCard;
import org.wardops.indicators.UnitValues;
import org.wardops.indicators.ValueImportReport;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.Downloads;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Indicators", description = "Data elements, indicators (Decision 766), values, scores and rankings")
class IndicatorApiController {

    /** The import's outcome with each problem's message in the caller's language. */
    record ImportResponse(boolean dryRun, boolean accepted, int rows, int units, int periods, int values, List<Problem> problems) {
        record Problem(int line, String column, String messageKey, String message) {
        }
    }

    private final IndicatorManagement indicators;
    private final org.springframework.context.MessageSource messages;

    IndicatorApiController(IndicatorManagement indicators, org.springframework.context.MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(operationId = "listIndicators", summary = "The indicators of a set valid on a day (today by default)")
    List<IndicatorView> list(@RequestParam(defaultValue = IndicatorManagement.SET_766) String set,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return indicators.indicators(set, on);
    }

    @PostMapping("/api/v1/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createIndicator", summary = "Define an indicator (administrators); expression errors name their position")
    IndicatorView create(@RequestBody SaveIndicator command) {
        return indicators.createIndicator(command);
    }

    @GetMapping("/api/v1/indicators/{code}")
    @Operation(operationId = "getIndicator", summary = "The version of an indicator valid on a day (today by default)")
    IndicatorView get(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return indicators.indicator(code, on);
    }

    @GetMapping("/api/v1/indicators/{code}/versions")
    @Operation(operationId = "versions", summary = "Every version of an indicator, oldest first")
    List<IndicatorView> versions(@PathVariable String code) {
        return indicators.versions(code);
    }

    @PutMapping("/api/v1/indicators/{code}")
    @Operation(operationId = "revise", summary = "A new version of an indicator from validFrom (same validFrom: replaces that version)")
    IndicatorView revise(@PathVariable String code, @RequestBody SaveIndicator command) {
        return indicators.reviseIndicator(code, command);
    }

    @GetMapping("/api/v1/data-elements")
    @Operation(operationId = "dataElements", summary = "Every data element")
    List<DataElementView> dataElements() {
        return indicators.dataElements();
    }

    @PostMapping("/api/v1/data-elements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createDataElement", summary = "Define a data element (administrators)")
    DataElementView createDataElement(@RequestBody SaveDataElement command) {
        return indicators.createDataElement(command);
    }

    @GetMapping("/api/v1/indicator-values")
    @Operation(operationId = "values", summary = "The values of one unit and period, one per data element")
    UnitValues values(@RequestParam String unitId, @RequestParam String period) {
        return indicators.values(uuid("unitId", unitId), period);
    }

    @PutMapping("/api/v1/indicator-values")
    @Operation(operationId = "enter", summary = "Enter values for one unit and period (the unit's officers and leader, administrators)")
    UnitValues enter(@RequestBody EnterValues command) {
        return indicators.enterValues(command);
    }

    @PostMapping(path = "/api/v1/indicator-values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importValues", summary = "Import statistics (CSV or XLSX): all or nothing, row errors with line numbers; dryRun=true writes nothing")
    ResponseEntity<ImportResponse> importValues(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                                                   @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "indicators.error.import.fileRequired");
        }
        ValueImportReport report = indicators.importValues(file.getBytes(), String.valueOf(file.getOriginalFilename()), dryRun);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<ImportResponse.Problem> problems = report.problems().stream().map(problem -> new ImportResponse.Problem(problem.line(), problem.column(),
                problem.messageKey(), messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale))).toList();
        return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportResponse(report.dryRun(),
                report.accepted(), report.rows(), report.units(), report.periods(), report.values(), problems));
    }

    @GetMapping("/api/v1/indicator-values/template.csv")
    @Operation(operationId = "indicatorValuesTemplate", summary = "The import's column format with an example row")
    ResponseEntity<byte[]> template() {
        return Downloads.file(indicators.importTemplate(), "text/csv; charset=UTF-8", "thong-ke-dich-vu-cong.csv");
    }

    @GetMapping("/api/v1/scores")
    @Operation(operationId = "scoreCard", summary = "A unit's score in a set for a period, down to each indicator's inputs")
    ScoreCard scores(@RequestParam String unitId, @RequestParam String period, @RequestParam(defaultValue = IndicatorManagement.SET_766) String set) {
        return indicators.scoreCard(uuid("unitId", unitId), period, set);
    }

    @GetMapping("/api/v1/rankings")
    @Operation(operationId = "rankings", summary = "Units ranked by total (dense rank; ties by unit code), from the pre-aggregated table")
    PageResult<RankingRow> rankings(@RequestParam(defaultValue = IndicatorManagement.SET_766) String set, @RequestParam String period,
                                    @RequestParam(required = false) @Nullable String parentId,
                                    @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return indicators.ranking(set, period, parentId == null || parentId.isBlank() ? null : uuid("parentId", parentId), PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/scores/rebuild")
    @Operation(operationId = "rebuild", summary = "Rebuild the pre-aggregated tables from scratch (administrators)")
    RebuildReport rebuild() {
        return indicators.rebuild();
    }

    /** A UUID query parameter; one that does not parse is bad input (400), not an unknown address. */
    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "indicators.error.form.uuid");
        }
    }
}
