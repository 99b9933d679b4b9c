package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccessApiIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void meShowsRolesAndScopeOfTheTokenOwner() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("wg15.lead"))
                .andExpect(jsonPath("$.roles[0]").value("WORKING_GROUP_LEADER"))
                .andExpect(jsonPath("$.cityWide").value(false))
                .andExpect(jsonPath("$.scopeUnitIds.length()").value(4));
        mvc.perform(get("/api/v1/me").header("Authorization", api.bearer("leader")))
                .andExpect(jsonPath("$.cityWide").value(true));
    }

    @Test
    void refusesRequestsWithoutOrWithABadToken() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("shared.error.access.notAuthenticated"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer wo_forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.error.token.invalid"));
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"auditor\",\"password\":\"wardops-demo\"}"))
                .andExpect(status().isCreated()).andReturn();
        JsonNode token = api.read(issued);
        String bearer = "Bearer " + token.get("token").asString();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_api_token WHERE token_hash = :raw").param("raw", token.get("token").asString())
                .query(Long.class).single()).as("tokens are stored hashed").isZero();
        mvc.perform(delete("/api/v1/auth/tokens/" + token.get("id").asString()).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordGetsAGenericAnswerAndRepeatedFailuresLockTheAccountName() throws Exception {
        String body = "{\"username\":\"vinhhoi.officer\",\"password\":\"not-the-password\"}";
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content(body)
                            .with(request -> { request.setRemoteAddr("192.0.2.7"); return request; }))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("access.error.login.failed"));
        }
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"vinhhoi.officer\",\"password\":\"wardops-demo\"}")
                        .with(request -> { request.setRemoteAddr("192.0.2.8"); return request; }))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("access.error.login.locked"));
        jdbc.sql("DELETE FROM access_login_failure").update();
    }

    @Test
    void unitOfficerManagesPeopleOfTheirOwnUnitOnly() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        String khanhHoi = unitId("27265");
        long people = jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
        mvc.perform(post("/api/v1/people").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Người Ngoài Phạm Vi\",\"title\":\"Công chức\",\"unitId\":\"" + khanhHoi + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("directory.error.person.outsideScope"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single()).isEqualTo(people);

        String khanhHoiPerson = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_person WHERE unit_id = :unit LIMIT 1")
                .param("unit", UUID.fromString(khanhHoi)).query(String.class).single();
        mvc.perform(put("/api/v1/people/" + khanhHoiPerson).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Đổi Tên\",\"title\":\"Công chức\",\"version\":0}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT full_name FROM directory_person WHERE id = :id").param("id", UUID.fromString(khanhHoiPerson))
                .query(String.class).single()).isNotEqualTo("Đổi Tên");
    }

    @Test
    void createsAndChangesAPersonWithOptimisticLocking() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        MvcResult created = mvc.perform(post("/api/v1/people").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Lâm Thị Thảo\",\"title\":\"Công chức Tư pháp – Hộ tịch\",\"email\":\"thao@demo.wardops.invalid\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.unitId").value(unitId("27259")))
                .andReturn();
        String id = api.read(created).get("id").asString();
        String change = "{\"fullName\":\"Lâm Thị Thảo\",\"title\":\"Công chức Tư pháp – Hộ tịch, kiêm nhiệm chuyển đổi số\",\"version\":0}";
        mvc.perform(put("/api/v1/people/" + id).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/people/" + id).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("shared.error.version.stale"));
        mvc.perform(get("/api/v1/audit?entityId=" + id).header("Authorization", api.bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void badPersonInputIsRefusedWithEveryFieldAndNothingIsStored() throws Exception {
        long people = jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
        mvc.perform(post("/api/v1/people").header("Authorization", api.bearer("xomchieu.officer")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"   \",\"title\":\"\",\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("shared.error.input.invalid"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("fullName", "title", "email")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single()).isEqualTo(people);
    }

    @Test
    void answersInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/v1/units/" + UUID.randomUUID() + "?lang=de").header("Authorization", api.bearer("leader")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("directory.error.unit.notFound"))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"));
    }

    @Test
    void administratorProvisionsAccountsAndOthersAreRefused() throws Exception {
        String admin = api.bearer("admin");
        String unit = unitId("27286");
        String body = "{\"username\":\"vinhhoi.chair\",\"password\":\"Vinh-Hoi-2025!\",\"unitId\":\"" + unit + "\",\"roles\":[\"UNIT_LEADER\"]}";
        mvc.perform(post("/api/v1/accounts").header("Authorization", api.bearer("leader")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        MvcResult created = mvc.perform(post("/api/v1/accounts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("vinhhoi.chair"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn();
        String id = api.read(created).get("id").asString();
        mvc.perform(post("/api/v1/accounts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("access.error.account.usernameTaken"));

        String chair = bearerFor("vinhhoi.chair", "Vinh-Hoi-2025!");
        mvc.perform(get("/api/v1/me").header("Authorization", chair)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/" + id + "/disable").header("Authorization", admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", chair)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/" + UUID.randomUUID()).header("Authorization", admin)).andExpect(status().isNotFound());
    }

    @Test
    void weakPasswordsAndMissingWorkingGroupsAreRefused() throws Exception {
        String body = "{\"username\":\"wg15.third\",\"password\":\"short\",\"unitId\":\"" + unitId("27259") + "\",\"roles\":[\"WORKING_GROUP_MEMBER\"]}";
        mvc.perform(post("/api/v1/accounts").header("Authorization", api.bearer("admin")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "access.error.password.tooShort", "access.error.account.workingGroupRequired")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = 'wg15.third'").query(Long.class).single()).isZero();
    }

    private String bearerFor(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).andExpect(status().isCreated()).andReturn();
        return "Bearer " + api.read(result).get("token").asString();
    }

    private String unitId(String code) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
