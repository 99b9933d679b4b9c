package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input to the account administration answers 400 naming the field and writes nothing. */
class AccessInputIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverlongAccountSearchAnswers400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/accounts").param("q", "a".repeat(AccountManagement.SEARCH_LIMIT + 1))
                        .header("Authorization", api.bearer("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void userNamesWithNulOrBidiCharactersAndOverlongPasswordsAreRefusedAndNothingIsCreated() throws Exception {
        String admin = api.bearer("admin");
        String unit = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = '27259'").query(String.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single();
        String[][] cases = {
                {"username", "\"xom\\u0000chieu\"", "\"Xom-Chieu-2025!\""},
                {"username", "\"xom\\u202Echieu\"", "\"Xom-Chieu-2025!\""},
                {"password", "\"xomchieu.new\"", "\"" + "Ab1!".repeat(40) + "\""},
        };
        for (String[] bad : cases) {
            mvc.perform(post("/api/v1/accounts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":" + bad[1] + ",\"password\":" + bad[2] + ",\"unitId\":\"" + unit
                                    + "\",\"roles\":[\"UNIT_OFFICER\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single()).isEqualTo(before);
    }
}
