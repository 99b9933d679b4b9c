package org.wardops.difficulties.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.CategoryView;
import org.wardops.difficulties.DifficultyDetails;
import org.wardops.difficulties.DifficultyAttachment;
import org.wardops.difficulties.DifficultyAttachmentContent;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultyFigure;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.EntryKind;
import org.wardops.difficulties.EntryView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.web.QueryParameters;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Difficulties", description = "Difficulties and recommendations, their answers and co-signatures")
class DifficultyApiController {

    /** A difficulty as a client sends it; an omitted addressee means the unit's supervising working group. */
    record DifficultyBody(@Nullable UUID unitId, @Nullable String title, @Nullable String description, @Nullable String category,
                          @Nullable Severity severity, @Nullable String recommendation, @Nullable Addressee addressee,
                          @Nullable DifficultySource source, @Nullable String sourceRef, @Nullable Boolean confidential, @Nullable Long version,
                          @Nullable UUID sourceId) {

        SaveDifficulty command() {
            return new SaveDifficulty(unitId, title, description, category, severity, recommendation, addressee, source, sourceRef,
                    Boolean.TRUE.equals(confidential), sourceId);
        }
    }

    /**
     * The body of a state change: the version read, and the text the change needs (answer, reason, note, assignee);
     * {@code handlerId} picks the handler from the addressee's people (accept, answer).
     */
    record ActionBody(@Nullable Long version, @Nullable String text, @Nullable String reason, @Nullable String note, @Nullable String assignee,
                      @Nullable Addressee addressee, @Nullable UUID handlerId) {
    }

    record CommentBody(@Nullable EntryKind kind, @Nullable String text) {
    }

    record CosignBody(@Nullable String detail) {
    }

    record AnswerEditBody(@Nullable String text, @Nullable Long version) {
    }

    private final DifficultyManagement difficulties;

    DifficultyApiController(DifficultyManagement difficulties) {
        this.difficulties = difficulties;
    }

    @GetMapping("/api/v1/difficulties/categories")
    @Operation(operationId = "categories", summary = "The category taxonomy: code, labels by language, answer deadline in working days")
    List<CategoryView> categories() {
        return difficulties.categories();
    }

    @GetMapping("/api/v1/difficulties")
    @Operation(operationId = "listDifficulties", summary = "Difficulties the caller may see", description = "q matches title, description and recommendation with or without diacritics; "
            + "addressee is the addressee's unit id (working group or department); overdue=true lists only overdue items, the most overdue first; "
            + "submittedMonth (yyyy-MM) keeps those submitted in that month and figure (SUBMITTED, ANSWERED, ANSWERED_ON_TIME, OPEN) those the "
            + "published figure of that name counts: unitId, submittedMonth and figure together list the records behind a unit's difficulties.* value")
    PageResult<DifficultyView> list(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String category,
                                    @RequestParam(required = false) @Nullable DifficultyState state,
                                    @RequestParam(required = false) @Nullable UUID addressee,
                                    @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String q,
                                    @RequestParam(required = false) @Nullable String submittedMonth,
                                    @RequestParam(required = false) @Nullable DifficultyFigure figure,
                                    @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return difficulties.find(new DifficultySearch(unitId, category, state, addressee, overdue, q, QueryParameters.month("submittedMonth", submittedMonth),
                figure), PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/difficulties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createDifficulty", summary = "Draft a difficulty for a unit (its officers and leaders, or its working group during a session)")
    DifficultyView create(@RequestBody DifficultyBody body) {
        return difficulties.create(body.command());
    }

    @GetMapping("/api/v1/difficulties/{id}")
    @Operation(operationId = "getDifficulty", summary = "A difficulty with its thread and the actions the caller may take now")
    DifficultyDetails get(@PathVariable UUID id) {
        return difficulties.details(id);
    }

    @GetMapping("/api/v1/difficulties/{id}/handlers")
    @Operation(operationId = "difficultyHandlers", summary = "The people of the addressed body, who may be chosen as the difficulty's handler")
    java.util.List<org.wardops.directory.PersonView> handlers(@PathVariable UUID id) {
        return difficulties.handlers(id);
    }

    @PutMapping("/api/v1/difficulties/{id}")
    @Operation(operationId = "changeDifficulty", summary = "Change a draft; send the version read")
    DifficultyView change(@PathVariable UUID id, @RequestBody DifficultyBody body) {
        return difficulties.change(id, ApiVersions.required(body.version()), body.command());
    }

    @PostMapping("/api/v1/difficulties/{id}/submit")
    @Operation(operationId = "submitDifficulty", summary = "Submit a draft (the unit's leader); the answer deadline starts, in working days")
    DifficultyView submit(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.submit(id, ApiVersions.required(body.version()));
    }

    @PostMapping("/api/v1/difficulties/{id}/accept")
    @Operation(operationId = "acceptDifficulty", summary = "Accept for handling (the addressee): the handler by handlerId from /handlers, or an assignee name (default: the caller)")
    DifficultyView accept(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.accept(id, ApiVersions.required(body.version()), body.assignee(), body.handlerId());
    }

    @PostMapping("/api/v1/difficulties/{id}/answer")
    @Operation(operationId = "answer", summary = "Answer (the addressee): {text, version, handlerId?}; handlerId one of /handlers")
    DifficultyView answer(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.answer(id, ApiVersions.required(body.version()), body.text(), body.handlerId());
    }

    @PostMapping("/api/v1/difficulties/{id}/resolve")
    @Operation(operationId = "resolve", summary = "Confirm that the answer settles the difficulty (the raising unit)")
    DifficultyView resolve(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.resolve(id, ApiVersions.required(body.version()));
    }

    @PostMapping("/api/v1/difficulties/{id}/reopen")
    @Operation(operationId = "reopen", summary = "Say that the answer does not settle it (the raising unit): {reason, version}")
    DifficultyView reopen(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.reopen(id, ApiVersions.required(body.version()), body.reason());
    }

    @PostMapping("/api/v1/difficulties/{id}/forward")
    @Operation(operationId = "forward", summary = "Forward to another addressee with a note: {addressee {type, unitId}, note, version}")
    DifficultyView forward(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.forward(id, ApiVersions.required(body.version()), body.addressee(), body.note());
    }

    @PostMapping("/api/v1/difficulties/{id}/escalate")
    @Operation(operationId = "escalate", summary = "Escalate to the city leadership (working-group leader or department): {note, version}")
    DifficultyView escalate(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.escalate(id, ApiVersions.required(body.version()), body.note());
    }

    @PostMapping("/api/v1/difficulties/{id}/decline")
    @Operation(operationId = "declineDifficulty", summary = "Decline with a required reason (the addressee): {reason, version}")
    DifficultyView decline(@PathVariable UUID id, @RequestBody ActionBody body) {
        return difficulties.decline(id, ApiVersions.required(body.version()), body.reason());
    }

    @PostMapping("/api/v1/difficulties/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "comment", summary = "Feedback (working group), a question (addressee) or a reply (raising unit): {kind, text}")
    EntryView comment(@PathVariable UUID id, @RequestBody CommentBody body) {
        return difficulties.comment(id, body.kind(), body.text());
    }

    @PutMapping("/api/v1/difficulties/{id}/answers/{entryId}")
    @Operation(operationId = "editAnswer", summary = "Correct one's own answer within 15 minutes of writing it; the edit is audited")
    @ApiResponse(responseCode = "200", description = "Corrected; the answer has no body")
    void editAnswer(@PathVariable UUID id, @PathVariable UUID entryId, @RequestBody AnswerEditBody body) {
        difficulties.editAnswer(id, entryId, ApiVersions.required(body.version()), body.text());
    }

    @PostMapping("/api/v1/difficulties/{id}/cosign")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "cosign", summary = "\"We have this too\": another unit co-signs with its own detail, once")
    DifficultyView cosign(@PathVariable UUID id, @RequestBody CosignBody body) {
        return difficulties.cosign(id, body.detail());
    }

    @PostMapping(value = "/api/v1/difficulties/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "MB", summary = "Attach evidence (multipart part `file`)",
            description = "PDF, DOCX, XLSX, JPEG or PNG, judged by content; at most 20 MB (configurable); sanitised name and SHA-256 checksum")
    DifficultyAttachment attach(@PathVariable UUID id, @RequestPart org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        return difficulties.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/v1/difficulties/{id}/attachments")
    @Operation(operationId = "difficultyAttachments", summary = "The evidence attached to a difficulty")
    List<DifficultyAttachment> attachments(@PathVariable UUID id) {
        return difficulties.attachments(id);
    }

    @GetMapping("/api/v1/difficulties/{id}/attachments/{attachmentId}")
    @Operation(operationId = "difficultyAttachment", summary = "Download one attachment")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        DifficultyAttachmentContent content = difficulties.attachment(id, attachmentId);
        return org.wardops.shared.web.Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }
}
