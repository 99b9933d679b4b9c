package org.wardops.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;

import java.util.UUID;

@RestController
@Tag(name = "People", description = "People and their positions")
class PersonApiController {

    /** A person as sent by a client; {@code version} is required when changing one. */
    record PersonBody(@Nullable String fullName, @Nullable String title, @Nullable UUID unitId, @Nullable String email,
                      @Nullable String phone, @Nullable Long version) {

        SavePerson command() {
            return new SavePerson(fullName == null ? "" : fullName, title == null ? "" : title, unitId, email, phone);
        }
    }

    private final PeopleManagement people;

    PersonApiController(PeopleManagement people) {
        this.people = people;
    }

    @GetMapping("/api/v1/people")
    @Operation(operationId = "listPeople", summary = "Search people", description = "unitId filters by unit; q matches names and titles with or without diacritics")
    PageResult<PersonView> list(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String q,
                                @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return people.find(unitId, q, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPerson", summary = "Add a person", description = "Unit officers and leaders add people of their own unit only")
    PersonView create(@RequestBody PersonBody body) {
        return people.create(body.command());
    }

    @GetMapping("/api/v1/people/{id}")
    @Operation(operationId = "getPerson", summary = "One person")
    PersonView get(@PathVariable UUID id) {
        return people.person(id);
    }

    @PutMapping("/api/v1/people/{id}")
    @Operation(operationId = "changePerson", summary = "Change a person", description = "Send the version you read; a stale version is a 409")
    PersonView change(@PathVariable UUID id, @RequestBody PersonBody body) {
        return people.change(id, ApiVersions.required(body.version()), body.command());
    }
}
