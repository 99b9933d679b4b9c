package org.wardops.difficulties.api;

import org.springframework.http.ResponseEntity;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.CommonDifficultyView;
import org.wardops.difficulties.NewCommonDifficulty;
import org.wardops.difficulties.NewProposal;
import org.wardops.difficulties.ProposalManagement;
import org.wardops.difficulties.ProposalView;
import org.wardops.difficulties.SuggestionView;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Common difficulties and proposals", description = "Grouping difficulties many units share, and proposals to the city leadership")
class CommonDifficultyApiController {

    record MembersBody(@Nullable List<UUID> difficultyIds, @Nullable Long version) {
    }

    record RejectBody(@Nullable String key) {
    }

    record ProposalActionBody(@Nullable Long version, @Nullable String decisionText, @Nullable LocalDate decisionDate) {
    }

    private final CommonDifficultyManagement commons;
    private final ProposalManagement proposals;

    CommonDifficultyApiController(CommonDifficultyManagement commons, ProposalManagement proposals) {
        this.commons = commons;
        this.proposals = proposals;
    }

    @GetMapping("/api/v1/common-difficulties/suggestions")
    @Operation(operationId = "listGroupingSuggestions", summary = "Suggested groupings", description = "scope=city (default) or workingGroup:{id}; each suggestion lists its members, "
            + "the shared terms that explain it, a score (0–1) and a key for accepting (POST /api/v1/common-difficulties with suggestionKey) or rejecting")
    List<SuggestionView> suggestions(@RequestParam(defaultValue = "city") String scope) {
        return commons.suggestions(workingGroup(scope));
    }

    @PostMapping("/api/v1/common-difficulties/suggestions/reject")
    @Operation(operationId = "rejectGroupingSuggestion", summary = "Reject a suggestion: {key}; it is not suggested again")
    @ApiResponse(responseCode = "200", description = "Rejected; the answer has no body")
    void reject(@RequestBody RejectBody body) {
        commons.reject(body.key());
    }

    @GetMapping("/api/v1/common-difficulties")
    @Operation(operationId = "listCommonDifficulties", summary = "Common difficulties with units affected and member difficulties")
    PageResult<CommonDifficultyView> list(@RequestParam(required = false) @Nullable Integer page,
                                          @RequestParam(required = false) @Nullable Integer size) {
        return commons.commonDifficulties(PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/common-difficulties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCommonDifficulty", summary = "Create a common difficulty: {title, summary, categories?, difficultyIds, suggestionKey?}")
    CommonDifficultyView create(@RequestBody NewCommonDifficulty body) {
        return commons.create(body);
    }

    @GetMapping("/api/v1/common-difficulties/{id}")
    @Operation(operationId = "getCommonDifficulty", summary = "One common difficulty")
    CommonDifficultyView get(@PathVariable UUID id) {
        return commons.commonDifficulty(id);
    }

    @PostMapping("/api/v1/common-difficulties/{id}/members")
    @Operation(operationId = "addMembers", summary = "Add difficulties to a common difficulty: {difficultyIds, version}")
    CommonDifficultyView addMembers(@PathVariable UUID id, @RequestBody MembersBody body) {
        return commons.addMembers(id, ApiVersions.required(body.version()), body.difficultyIds());
    }

    @GetMapping("/api/v1/proposals")
    @Operation(operationId = "proposals", summary = "Proposals to the city leadership")
    PageResult<ProposalView> proposals(@RequestParam(required = false) @Nullable Integer page,
                                       @RequestParam(required = false) @Nullable Integer size) {
        return proposals.proposals(PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProposal", summary = "Draft a proposal: {title, problem, mechanism, decidingBody, requestedDecision, requestedBy, commonDifficultyIds}")
    ProposalView create(@RequestBody NewProposal body) {
        return proposals.create(body);
    }

    @GetMapping("/api/v1/proposals/{id}")
    @Operation(operationId = "proposal", summary = "One proposal with its units affected")
    ProposalView proposal(@PathVariable UUID id) {
        return proposals.proposal(id);
    }

    @GetMapping("/api/v1/proposals/{id}/document")
    @Operation(operationId = "party", summary = "The proposal as a formal submission (TỜ TRÌNH) with the annex of units and their difficulties",
            description = "format: docx or pdf; style: party (default) or state")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                    @RequestParam(defaultValue = "party") String style) {
        RenderedDocument document = proposals.document(id, DocumentFormat.parse(format), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @PostMapping("/api/v1/proposals/{id}/submit")
    @Operation(operationId = "submitProposal", summary = "Submit to the deciding body: {version}")
    ProposalView submit(@PathVariable UUID id, @RequestBody ProposalActionBody body) {
        return proposals.submit(id, ApiVersions.required(body.version()));
    }

    @PostMapping("/api/v1/proposals/{id}/decide")
    @Operation(operationId = "decide", summary = "Record the decision (city leadership): {decisionText, decisionDate, version}")
    ProposalView decide(@PathVariable UUID id, @RequestBody ProposalActionBody body) {
        return proposals.decide(id, ApiVersions.required(body.version()), body.decisionText(), body.decisionDate());
    }

    @PostMapping("/api/v1/proposals/{id}/implement")
    @Operation(operationId = "implement", summary = "Mark the decided measure as being implemented: {version}")
    ProposalView implement(@PathVariable UUID id, @RequestBody ProposalActionBody body) {
        return proposals.startImplementation(id, ApiVersions.required(body.version()));
    }

    @PostMapping("/api/v1/proposals/{id}/complete")
    @Operation(operationId = "completeProposal", summary = "Mark the decided measure as done: {version}")
    ProposalView complete(@PathVariable UUID id, @RequestBody ProposalActionBody body) {
        return proposals.complete(id, ApiVersions.required(body.version()));
    }

    private static @Nullable UUID workingGroup(String scope) {
        if ("city".equals(scope)) {
            return null;
        }
        if (scope.startsWith("workingGroup:")) {
            try {
                return UUID.fromString(scope.substring("workingGroup:".length()));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("scope", "difficulties.error.suggestion.scopeInvalid");
            }
        }
        throw InvalidInputException.of("scope", "difficulties.error.suggestion.scopeInvalid");
    }
}
