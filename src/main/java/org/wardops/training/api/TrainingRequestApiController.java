package org.wardops.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.web.QueryParameters;
import org.wardops.training.CoverageManagement;
import org.wardops.training.CoverageRow;
import org.wardops.training.FileTrainingRequest;
import org.wardops.training.RequestState;
import org.wardops.training.TrainingRequestManagement;
import org.wardops.training.TrainingRequestView;

import java.util.UUID;

@RestController
@Tag(name = "Training requests and coverage", description = "Units ask for training; the departments accept or decline; coverage against targets")
class TrainingRequestApiController {

    private final TrainingRequestManagement requests;
    private final CoverageManagement coverage;

    TrainingRequestApiController(TrainingRequestManagement requests, CoverageManagement coverage) {
        this.requests = requests;
        this.coverage = coverage;
    }

    record Acceptance(@Nullable UUID sessionId, @Nullable Long version) {
    }

    record Decline(@Nullable String reason, @Nullable Long version) {
    }

    @GetMapping("/api/v1/training-requests")
    @Operation(operationId = "listTrainingRequests", summary = "Training requests you may see, latest first", description = "state (REQUESTED, ACCEPTED, DECLINED), unitId, page, size")
    PageResult<TrainingRequestView> list(@RequestParam(required = false) String state, @RequestParam(required = false) String unitId,
                                         @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return requests.requests(QueryParameters.option("state", state, RequestState.class), QueryParameters.uuid("unitId", unitId),
                TrainingApiController.page(page, size));
    }

    @PostMapping("/api/v1/training-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "file", summary = "Request training for your unit", description = "{unitId, topic, people (1–500), preferredPeriod (2026-12 or 2026-Q4), reason}")
    TrainingRequestView file(@RequestBody FileTrainingRequest body) {
        return requests.file(body);
    }

    @GetMapping("/api/v1/training-requests/{id}")
    @Operation(operationId = "getTrainingRequest", summary = "One training request")
    TrainingRequestView request(@PathVariable UUID id) {
        return requests.request(id);
    }

    @PostMapping("/api/v1/training-requests/{id}/accept")
    @Operation(operationId = "acceptTrainingRequest", summary = "Accept a request into a planned session", description = "Department officers and administrators. {sessionId, version}; "
            + "enrols up to the requested number of the unit's officers (those not yet covered first) as places allow; the unit is notified")
    TrainingRequestView accept(@PathVariable UUID id, @RequestBody Acceptance body) {
        return requests.accept(id, body.sessionId(), ApiVersions.required(body.version()));
    }

    @PostMapping("/api/v1/training-requests/{id}/decline")
    @Operation(operationId = "declineTrainingRequest", summary = "Decline a request with a reason", description = "Department officers and administrators. {reason, version}; the unit is notified")
    TrainingRequestView decline(@PathVariable UUID id, @RequestBody Decline body) {
        return requests.decline(id, body.reason(), ApiVersions.required(body.version()));
    }

    @GetMapping("/api/v1/training/coverage")
    @Operation(operationId = "coverage", summary = "Coverage per unit and topic against the target", description = "unitId (one unit, every topic), or the units you may see "
            + "(workingGroupId narrows them), paged by unit; topic narrows to one topic")
    PageResult<CoverageRow> coverage(@RequestParam(required = false) String unitId, @RequestParam(required = false) String topic,
                                     @RequestParam(required = false) String workingGroupId, @RequestParam(required = false) String page,
                                     @RequestParam(required = false) String size) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        String chosen = topic == null || topic.isBlank() ? null : topic;
        if (unit != null) {
            var rows = coverage.ofUnit(unit, chosen);
            return new PageResult<>(rows, 0, Math.max(1, rows.size()), rows.size());
        }
        return coverage.units(chosen, QueryParameters.uuid("workingGroupId", workingGroupId), TrainingApiController.page(page, size));
    }
}
