package org.wardops.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.shared.AccessRefusedException;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every directory action × every demo account (one per role) × its own unit and another unit, tried on the API and
 * on the page: both must answer alike, the page and the API's {@code actions} must offer exactly what is allowed,
 * and the outcome must be the table documented in {@code docs/directory.md}.
 */
class DirectoryAuthorizationIntegrationTests extends IntegrationTest {

    private static final Path DOCUMENT = Path.of("docs/directory.md");
    private static final String CSV = "province_code,province_name,province_type,unit_code,unit_name,unit_type\n"
            + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27259,Phường Xóm Chiếu,phường\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    PeopleManagement people;

    private final Map<UUID, PersonView> personOfUnit = new HashMap<>();

    @Test
    void everyActionForEveryRoleOnItsOwnAndAnotherUnitIsTheDocumentedTable() throws Exception {
        AuthorizationTable observed = new AuthorizationTable();
        for (String account : AuthorizationTable.DEMO_ACCOUNTS) {
            String bearer = api.bearer(account);
            UUID own = actors.actor(account).unitId();
            UUID other = own.equals(unit("27265")) ? unit("27259") : unit("27265");
            for (boolean ownUnit : new boolean[] {true, false}) {
                UUID target = ownUnit ? own : other;
                observed.record("READ", account, ownUnit, read(account, bearer, target));
                observed.record("ADD_PERSON", account, ownUnit, addPerson(account, bearer, target));
                observed.record("CHANGE_PERSON", account, ownUnit, changePerson(account, bearer, target));
                observed.record("IMPORT_UNITS", account, ownUnit, importUnits(account, bearer));
                observed.record("CREATE_UNIT", account, ownUnit, facade(account, () -> directory.createUnit(
                        new NewUnit(" ", " ", UnitType.DEPARTMENT, target))));
                observed.record("ASSIGN_SUPERVISION", account, ownUnit, facade(account, () -> directory.assignToWorkingGroup(target, List.of())));
                observed.record("ADD_GROUP_MEMBER", account, ownUnit, facade(account, () -> directory.addGroupMember(target, UUID.randomUUID(),
                        GroupRole.MEMBER)));
                observed.record("RECORD_SUCCESSION", account, ownUnit, facade(account, () -> directory.recordSuccession(List.of(target), target,
                        LocalDate.of(2025, 7, 1))));
            }
        }
        assertThat(observed.markdown()).isEqualTo(AuthorizationTable.documented(DOCUMENT));
    }

    /** Reading is never refused: the unit page and the unit through the API. */
    private boolean read(String account, String bearer, UUID unit) throws Exception {
        int api = mvc.perform(get("/api/v1/units/" + unit).header("Authorization", bearer)).andReturn().getResponse().getStatus();
        int page = mvc.perform(get("/units/" + unit).with(actors.session(account))).andReturn().getResponse().getStatus();
        return AuthorizationTable.agree("READ " + account, api == 200, page == 200);
    }

    private boolean addPerson(String account, String bearer, UUID unit) throws Exception {
        MvcResult details = mvc.perform(get("/api/v1/units/" + unit).header("Authorization", bearer)).andReturn();
        boolean offeredByApi = api.read(details).get("actions").toString().contains("ADD_PERSON");
        String unitPage = mvc.perform(get("/units/" + unit).with(actors.session(account))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        boolean offeredOnPage = unitPage.contains("/units/" + unit + "/people/new");
        int api = mvc.perform(post("/api/v1/people").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Người thử quyền\",\"title\":\"Công chức\",\"unitId\":\"" + unit + "\"}"))
                .andReturn().getResponse().getStatus();
        int form = mvc.perform(get("/units/" + unit + "/people/new").with(actors.session(account))).andReturn().getResponse().getStatus();
        int page = mvc.perform(post("/units/" + unit + "/people").with(csrf()).with(actors.session(account))
                        .param("fullName", "Người thử quyền").param("title", "Công chức"))
                .andReturn().getResponse().getStatus();
        String what = "ADD_PERSON " + account + " " + unit;
        AuthorizationTable.agree(what + " (offered by API / on page)", offeredByApi, offeredOnPage);
        AuthorizationTable.agree(what + " (offered / API)", offeredByApi, api == 201);
        AuthorizationTable.agree(what + " (API / form)", api == 201, form == 200);
        return AuthorizationTable.agree(what + " (API / page)", api == 201, page == 302);
    }

    private boolean changePerson(String account, String bearer, UUID unit) throws Exception {
        PersonView person = personOf(unit);
        MvcResult details = mvc.perform(get("/api/v1/units/" + unit).header("Authorization", bearer)).andReturn();
        boolean offeredByApi = api.read(details).get("actions").toString().contains("CHANGE_PERSON");
        String unitPage = mvc.perform(get("/units/" + unit).with(actors.session(account))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        boolean offeredOnPage = unitPage.contains("/people/" + person.id() + "/edit");
        int api = mvc.perform(put("/api/v1/people/" + person.id()).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"" + person.fullName() + "\",\"title\":\"" + person.title() + "\",\"version\":" + version(person) + "}"))
                .andReturn().getResponse().getStatus();
        int form = mvc.perform(get("/people/" + person.id() + "/edit").with(actors.session(account))).andReturn().getResponse().getStatus();
        int page = mvc.perform(post("/people/" + person.id()).with(csrf()).with(actors.session(account))
                        .param("fullName", person.fullName()).param("title", person.title()).param("version", Long.toString(version(person))))
                .andReturn().getResponse().getStatus();
        String what = "CHANGE_PERSON " + account + " " + unit;
        AuthorizationTable.agree(what + " (offered by API / on page)", offeredByApi, offeredOnPage);
        AuthorizationTable.agree(what + " (offered / API)", offeredByApi, api == 200);
        AuthorizationTable.agree(what + " (API / form)", api == 200, form == 200);
        return AuthorizationTable.agree(what + " (API / page)", api == 200, page == 302);
    }

    private boolean importUnits(String account, String bearer) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "units.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        int api = mvc.perform(multipart("/api/v1/units/import").file(file).param("dryRun", "true").header("Authorization", bearer))
                .andReturn().getResponse().getStatus();
        int form = mvc.perform(get("/admin/units/import").with(actors.session(account))).andReturn().getResponse().getStatus();
        int page = mvc.perform(multipart("/admin/units/import").file(file).param("dryRun", "true").with(csrf()).with(actors.session(account)))
                .andReturn().getResponse().getStatus();
        AuthorizationTable.agree("IMPORT_UNITS " + account + " (API / form)", api == 200, form == 200);
        return AuthorizationTable.agree("IMPORT_UNITS " + account + " (API / page)", api == 200, page == 200);
    }

    /**
     * Actions with neither page nor API (the demo and tests use them): called with input that fails after the
     * authorization check, so that an allowed call changes nothing either.
     */
    private boolean facade(String account, Runnable call) {
        try {
            actors.as(account, call);
            return true;
        } catch (AccessRefusedException refused) {
            return false;
        } catch (RuntimeException afterTheCheck) {
            return true;
        }
    }

    private PersonView personOf(UUID unit) {
        return personOfUnit.computeIfAbsent(unit, id -> actors.as("admin",
                () -> people.create(new SavePerson("Người để sửa", "Chuyên viên", id, null, null))));
    }

    private long version(PersonView person) {
        return jdbc.sql("SELECT version FROM directory_person WHERE id = :id").param("id", person.id()).query(Long.class).single();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
