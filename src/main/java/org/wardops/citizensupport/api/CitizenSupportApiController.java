package org.wardops.citizensupport.api;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.citizensupport.HelpSummary;
import org.wardops.citizensupport.AssistanceLogged;
import org.wardops.citizensupport.AssistanceService;
import org.wardops.citizensupport.AssistanceView;
import org.wardops.citizensupport.CitizenSupportManagement;
import org.wardops.citizensupport.LogAssistance;
import org.wardops.shared.web.QueryParameters;
import org.wardops.citizensupport.SaveTeam;
import org.wardops.citizensupport.TeamView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.api.ApiVersions;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Citizen support", description = "Community digital technology teams and the assistance log (no personal data)")
class CitizenSupportApiController {

    private final CitizenSupportManagement management;

    CitizenSupportApiController(CitizenSupportManagement management) {
        this.management = management;
    }

    /** A team as the API changes it: the fields of {@link SaveTeam} and the version read. */
    record TeamBody(@Nullable Long version, @Nullable UUID unitId, @Nullable String name, @Nullable String residentialGroup,
                    @Nullable List<SaveTeam.NewMember> members) {

        SaveTeam command() {
            return new SaveTeam(unitId, name, residentialGroup, members);
        }
    }

    /** One service of the catalogue. */
    record ServiceEntry(String code, boolean needsProcedureCode) {
    }

    @GetMapping("/api/v1/teams")
    @Operation(operationId = "teams", summary = "Teams you may read", description = "Optionally of one unit (unitId); paged (page, size ≤ 500)")
    PageResult<TeamView> teams(@RequestParam(required = false) String unitId, @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size) {
        return management.teams(QueryParameters.uuid("unitId", unitId), page(page, size));
    }

    @PostMapping("/api/v1/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTeam", summary = "Create a team", description = "Officers and the leader of the unit (or an administrator). unitId defaults to "
            + "your unit; members: [{fullName, organisation, personId?}], at most 50")
    TeamView createTeam(@RequestBody TeamBody body) {
        return management.createTeam(body.command());
    }

    @GetMapping("/api/v1/teams/{id}")
    @Operation(operationId = "team", summary = "One community digital technology team")
    TeamView team(@PathVariable UUID id) {
        return management.team(id);
    }

    @PutMapping("/api/v1/teams/{id}")
    @Operation(operationId = "changeTeam", summary = "Change a team", description = "Replaces name, residential group and members; 409 when the team changed since "
            + "the version read")
    TeamView changeTeam(@PathVariable UUID id, @RequestBody TeamBody body) {
        return management.changeTeam(id, ApiVersions.required(body.version()), body.command());
    }

    @GetMapping("/api/v1/assistance/services")
    @Operation(operationId = "services", summary = "The catalogue of services a citizen is helped with")
    List<ServiceEntry> services() {
        return management.services().stream().map(service -> new ServiceEntry(service.name(), service.needsProcedureCode())).toList();
    }

    @PostMapping("/api/v1/assistance")
    @Operation(operationId = "log", summary = "Log one citizen helped", description = "201 with the new record, or 200 with the record already received when "
            + "clientId was sent before (a resend is a no-op). Free texts must not hold names, ID or phone numbers")
    ResponseEntity<AssistanceView> log(@RequestBody LogAssistance body) {
        AssistanceLogged logged = management.log(body);
        return ResponseEntity.status(logged.created() ? HttpStatus.CREATED : HttpStatus.OK).body(logged.entry());
    }

    @GetMapping("/api/v1/assistance")
    @Operation(operationId = "entries", summary = "Assistance entries you may read", description = "Optionally of one unit (unitId) and month (2026-11); latest first, paged")
    PageResult<AssistanceView> entries(@RequestParam(required = false) String unitId, @RequestParam(required = false) String month,
                                       @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return management.entries(QueryParameters.uuid("unitId", unitId), QueryParameters.month("month", month), page(page, size));
    }

    @GetMapping("/api/v1/assistance/summary")
    @Operation(operationId = "unitId", summary = "Help given by a unit per service and month, with its online-service uptake beside it",
            description = "unitId (required), months (1–24, default 12, ending with the current month). uptake: month → {received, online, "
                    + "fullyOnline, rate = online ÷ received}; a month without public-service statistics is absent (no data)")
    HelpSummary summary(@RequestParam(required = false) String unitId, @RequestParam(required = false) String months) {
        UUID unit = QueryParameters.uuid("unitId", unitId);
        if (unit == null) {
            throw InvalidInputException.of("unitId", "citizensupport.error.summary.unitRequired");
        }
        return management.summary(unit, QueryParameters.number("months", months, 12, 1, 24));
    }

    private static PageRequest page(@Nullable String page, @Nullable String size) {
        return new PageRequest(QueryParameters.number("page", page, 0, 0, 100_000),
                QueryParameters.number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
