package org.wardops.reporting;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A report form posted after the session expired comes back, unsaved, after logging in again. */
class ReportFormKeptOverLoginIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    ReportRequestManagement requests;

    private ReportingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportingFixtures(jdbc, actors, requests);
    }

    @Test
    void theTypedAnswersComeBackAfterLoggingInAgainButAreNotSaved() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        Map<String, Cookie> cookies = new LinkedHashMap<>();

        MvcResult expired = mvc.perform(post("/reports/" + report).header("Origin", "http://localhost")
                .cookie(new Cookie("SESSION", "aGV0LWhhbg"))
                .param("version", "0").param("answers.results", "Nhập trước khi hết phiên")
                .param("answers.staffTotal", "43").param("other", "bỏ qua")).andReturn();
        assertThat(expired.getResponse().getStatus()).isEqualTo(302);
        assertThat(expired.getResponse().getRedirectedUrl()).endsWith("/login");
        keep(cookies, expired);
        assertThat(fixtures.version(report)).isZero();

        MvcResult login = mvc.perform(post("/login").cookie(cookies.values().toArray(Cookie[]::new)).with(csrf())
                .param("username", "xomchieu.officer").param("password", "wardops-demo")).andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).contains("/reports/" + report);
        keep(cookies, login);

        MvcResult back = mvc.perform(get(login.getResponse().getRedirectedUrl()).cookie(cookies.values().toArray(Cookie[]::new))).andReturn();
        assertThat(back.getResponse().getStatus()).as("%s → %s", login.getResponse().getRedirectedUrl(), back.getResponse().getRedirectedUrl())
                .isEqualTo(200);
        String form = back.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"kept-input\"").contains("Nội dung bạn đã nhập được giữ lại")
                .contains("Nhập trước khi hết phiên").contains("value=\"43\"").doesNotContain("bỏ qua");
        assertThat(fixtures.version(report)).isZero();
        assertThat(jdbc.sql("SELECT answers FROM reporting_report WHERE id = :id").param("id", report).query(String.class).single())
                .doesNotContain("Nhập trước khi hết phiên");

        String again = mvc.perform(get("/reports/" + report).cookie(cookies.values().toArray(Cookie[]::new)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("id=\"report-form\"").doesNotContain("id=\"kept-input\"").doesNotContain("Nhập trước khi hết phiên");
    }

    @Test
    void aPostFromAnotherSiteIsNotKept() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        MvcResult foreign = mvc.perform(post("/reports/" + report).header("Origin", "https://elsewhere.example")
                .param("version", "0").param("answers.results", "Cài cắm")).andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
        assertThat(foreign.getRequest().getSession(false) == null
                || foreign.getRequest().getSession(false).getAttribute(org.wardops.shared.web.KeptForm.ATTRIBUTE) == null).isTrue();
        assertThat(fixtures.version(report)).isZero();
    }

    private static void keep(Map<String, Cookie> cookies, MvcResult result) {
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
