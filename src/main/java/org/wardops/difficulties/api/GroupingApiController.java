package org.wardops.difficulties.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.difficulties.GroupingManagement;
import org.wardops.difficulties.GroupingTuningView;
import org.wardops.difficulties.SaveThesaurusEntry;
import org.wardops.difficulties.ThesaurusEntryView;
import org.wardops.shared.api.ApiVersions;

import java.util.List;
import java.util.UUID;

/** The grouping's thesaurus and tuning, for administrators (every other role: 403). */
@RestController
@Tag(name = "Grouping", description = "Domain thesaurus and tuning of the common-difficulty suggestions (administrators)")
class GroupingApiController {

    @Schema(name = "ThesaurusEntryBody", description = "Equivalent terms with diacritics (the first is the concept shown), an optional topic "
            + "shared with related concepts, an optional weight (0.2–3; 1 = as any concept); version when changing")
    record EntryBody(@Nullable List<String> terms, @Nullable String topic, @Nullable Double weight, @Nullable Long version) {
        SaveThesaurusEntry command() {
            return new SaveThesaurusEntry(terms, topic, weight);
        }
    }

    private final GroupingManagement grouping;

    GroupingApiController(GroupingManagement grouping) {
        this.grouping = grouping;
    }

    @GetMapping("/api/v1/grouping/thesaurus")
    @Operation(operationId = "listThesaurusEntries", summary = "The grouping thesaurus, in its order")
    List<ThesaurusEntryView> list() {
        return grouping.thesaurus();
    }

    @GetMapping("/api/v1/grouping/thesaurus/{id}")
    @Operation(operationId = "getThesaurusEntry", summary = "One thesaurus entry")
    ThesaurusEntryView get(@PathVariable UUID id) {
        return grouping.thesaurusEntry(id);
    }

    @PostMapping("/api/v1/grouping/thesaurus")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addThesaurusEntry", summary = "Add an entry: {terms, topic?, weight?}",
            description = "400 when a term is blank, repeated, longer than 100 characters or already in another entry (compared without diacritics), "
                    + "or the weight is outside 0.2–3; the next suggestions use it, without a restart")
    ThesaurusEntryView add(@RequestBody EntryBody body) {
        return grouping.addThesaurusEntry(body.command());
    }

    @PutMapping("/api/v1/grouping/thesaurus/{id}")
    @Operation(operationId = "changeThesaurusEntry", summary = "Change an entry: {terms, topic?, weight?, version}",
            description = "The same checks as adding; 409 when the version is stale")
    ThesaurusEntryView change(@PathVariable UUID id, @RequestBody EntryBody body) {
        return grouping.changeThesaurusEntry(id, ApiVersions.required(body.version()), body.command());
    }

    @DeleteMapping("/api/v1/grouping/thesaurus/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeThesaurusEntry", summary = "Remove an entry (?version=); 409 when the version is stale")
    void remove(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version) {
        grouping.removeThesaurusEntry(id, ApiVersions.required(version));
    }

    @GetMapping("/api/v1/grouping/tuning")
    @Operation(operationId = "getGroupingTuning", summary = "Threshold and field weights in force, labelled pairs so far, the latest tuning run")
    GroupingTuningView tuning() {
        return grouping.tuning();
    }

    @PostMapping("/api/v1/grouping/tuning")
    @Operation(operationId = "tuneGrouping", summary = "Fit threshold (and field weights, if that measurably helps) to the labelled pairs",
            description = "Outcome TUNED, KEPT_DEFAULTS (no gain of 0.02 in F1 over the defaults) or TOO_FEW_PAIRS (fewer than 20 pairs or 5 of either label)")
    GroupingTuningView.Run tune() {
        return grouping.tune();
    }
}
