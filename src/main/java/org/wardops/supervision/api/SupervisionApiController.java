package org.wardops.supervision.api;

import org.wardops.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.PageResult;
import org.wardops.shared.PageRequest;
import org.wardops.supervision.SessionSummary;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import org.wardops.shared.api.ApiVersions;
import org.wardops.supervision.HoldSession;
import org.wardops.supervision.SaveFeedback;
import org.wardops.supervision.ProgrammeView;
import org.wardops.supervision.SessionView;
import org.wardops.supervision.SupervisionManagement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Supervision", description = "Supervision programmes and working groups' sessions with units")
class SupervisionApiController {

    private final SupervisionManagement supervision;

    SupervisionApiController(SupervisionManagement supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/api/v1/programmes")
    @Operation(operationId = "programmes", summary = "Supervision programmes")
    PageResult<ProgrammeView> programmes() {
        List<ProgrammeView> all = supervision.programmes();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/api/v1/programmes/{id}")
    @Operation(operationId = "programme", summary = "One supervision programme")
    ProgrammeView programme(@PathVariable UUID id) {
        return supervision.programme(id);
    }

    @GetMapping("/api/v1/sessions")
    @Operation(operationId = "listSupervisionSessions", summary = "Sessions you may read", description = "Those of your working group or with units in your scope, latest first, paged; items carry no minutes (GET /api/v1/sessions/{id} does)")
    PageResult<SessionSummary> sessions(@RequestParam(required = false) @Nullable UUID workingGroupId,
                                        @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return supervision.sessions(workingGroupId, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "hold", summary = "Record a session", description = "Working-group leader or member, for units the group supervises. minutes may be "
            + "HTML; only basic formatting is kept. Conclusions are numbered in the order given; the conclusion notice gets the next number "
            + "of the group's register")
    SessionView hold(@RequestBody HoldSession body) {
        return supervision.hold(body);
    }

    /** The session's recommendations and feedback as a whole, at the version read. */
    record FeedbackBody(@org.jspecify.annotations.Nullable Long version, @org.jspecify.annotations.Nullable List<SaveFeedback> feedback) {
    }

    @PutMapping("/api/v1/sessions/{id}/feedback")
    @Operation(operationId = "changeFeedback", summary = "Change a session's recommendations and feedback", description = "The session's working group (leader, members) "
            + "or an administrator. Replaces the list: items named by id keep it, new items get one, items left out are removed. "
            + "409 when the session changed since the version read")
    SessionView changeFeedback(@PathVariable UUID id, @RequestBody FeedbackBody body) {
        return supervision.changeFeedback(id, ApiVersions.required(body.version()), body.feedback() == null ? List.of() : body.feedback());
    }

    @GetMapping("/api/v1/sessions/{id}")
    @Operation(operationId = "session", summary = "One supervision session")
    SessionView session(@PathVariable UUID id) {
        return supervision.session(id);
    }

    @GetMapping("/api/v1/sessions/{id}/conclusions/document")
    @Operation(operationId = "conclusions", summary = "The conclusion notice (THÔNG BÁO KẾT LUẬN)", description = "format: docx or pdf; style: party (default) or state")
    ResponseEntity<byte[]> conclusions(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                       @RequestParam(defaultValue = "party") String style) {
        return file(supervision.conclusionNotice(id, DocumentFormat.parse(format), DocumentStyle.parse(style)));
    }

    @GetMapping("/api/v1/sessions/{id}/minutes/document")
    @Operation(operationId = "minutes", summary = "The minutes (BIÊN BẢN)", description = "format: docx or pdf; style: party (default) or state")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                   @RequestParam(defaultValue = "party") String style) {
        return file(supervision.minutesDocument(id, DocumentFormat.parse(format), DocumentStyle.parse(style)));
    }

    private static ResponseEntity<byte[]> file(RenderedDocument document) {
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }
}
