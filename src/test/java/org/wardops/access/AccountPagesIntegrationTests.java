package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    @Test
    void administratorCreatesAnAccountLinkedToAPersonAfterARefusedAttemptKeepsTheInput() throws Exception {
        String unit = id("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = '27265'");
        String person = id("SELECT CAST(id AS VARCHAR(36)) FROM directory_person WHERE full_name = 'Phan Thị Yến'");
        mvc.perform(post("/admin/accounts").with(csrf()).with(actors.session("admin"))
                        .param("username", "khanhhoi.chair").param("password", "short").param("unitId", unit).param("personId", person))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"khanhhoi.chair\"")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")))
                .andExpect(content().string(containsString("Phan Thị Yến")));
        assertThat(count("khanhhoi.chair")).isZero();

        mvc.perform(post("/admin/accounts").with(csrf()).with(actors.session("admin"))
                        .param("username", "khanhhoi.chair").param("password", "Khanh-Hoi-chu-tich").param("unitId", unit)
                        .param("personId", person).param("roles", "UNIT_LEADER"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));
        assertThat(count("khanhhoi.chair")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT CAST(person_id AS VARCHAR(36)) FROM access_account WHERE username = 'khanhhoi.chair'")
                .query(String.class).single()).isEqualTo(person);
    }

    @Test
    void thePersonChoiceFollowsTheChosenUnitAndIsForAdministratorsOnly() throws Exception {
        String unit = id("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = '27286'");
        mvc.perform(get("/admin/accounts/people").param("unitId", unit).header("HX-Request", "true").with(actors.session("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lý Ngọc Hân")))
                .andExpect(content().string(not(containsString("Huỳnh Thị Mai"))));
        mvc.perform(get("/admin/accounts/people").param("unitId", unit).with(actors.session("vinhhoi.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        String admin = id("SELECT CAST(id AS VARCHAR(36)) FROM access_account WHERE username = 'admin'");
        mvc.perform(post("/admin/accounts/" + admin + "/disable").with(csrf()).with(actors.session("admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Bạn không thể tự khóa tài khoản của mình.")));
        assertThat(jdbc.sql("SELECT enabled FROM access_account WHERE username = 'admin'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextRequest() throws Exception {
        String unit = id("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = '27259'");
        AccountView account = actors.as("admin", () -> accounts.create(new SaveAccount("xomchieu.temp", "Xom-Chieu-tam-thoi",
                null, java.util.UUID.fromString(unit), java.util.Set.of(org.wardops.shared.security.Role.UNIT_OFFICER), null)));
        var session = actors.session("xomchieu.temp");
        mvc.perform(get("/units").with(session)).andExpect(status().isOk());
        actors.as("admin", () -> accounts.disable(account.id()));
        mvc.perform(get("/units").with(session)).andExpect(status().is3xxRedirection());
    }

    private long count(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
