package org.wardops.audit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Histories and the audit list say who did what in words, in the reader's language (issue 12). */
class AuditWordsIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    @Test
    void aDifficultysHistoryNamesThePersonTheUnitAndTheActionInTheReadersLanguage() throws Exception {
        UUID difficulty = jdbc.sql("SELECT entity_id FROM audit_record WHERE action = 'difficulties.difficulty.submitted' AND actor_id <> :system "
                        + "ORDER BY seq LIMIT 1").param("system", org.wardops.shared.security.Actor.SYSTEM_ACCOUNT_ID).query(UUID.class).single();
        AuditRecordView entry = actors.as("leader", () -> audit.history(difficulty)).stream()
                .filter(record -> record.action().equals("difficulties.difficulty.submitted")).findFirst().orElseThrow();
        String who = entry.actorLabel();
        // the person and the unit, not the account's user name
        assertThat(who).isNotEqualTo(entry.actorName()).contains(" (").endsWith(")");
        assertThat(page("/difficulties/" + difficulty, "vi")).contains(who + " đã gửi khó khăn").doesNotContain("difficulties.difficulty.submitted");
        assertThat(page("/difficulties/" + difficulty, "en")).contains(who + " submitted the difficulty");
        assertThat(page("/difficulties/" + difficulty, "de")).contains(who + " hat die Schwierigkeit eingereicht");
    }

    @Test
    void theAuditListIsSearchedByPersonUnitAndDate() throws Exception {
        String name = actors.actor("xomchieu.officer").displayName();
        PageResult<AuditRecordView> byPerson = actors.as("auditor", () -> audit.search(null, name, null, null, null, new PageRequest(0, 50)));
        assertThat(byPerson.items()).isNotEmpty().allSatisfy(entry -> assertThat(entry.actorLabel()).contains(name));

        PageResult<AuditRecordView> byUnit = actors.as("auditor", () -> audit.search("xom chieu", null, null, null, null, new PageRequest(0, 50)));
        UUID xomChieu = actors.actor("xomchieu.officer").unitId();
        assertThat(byUnit.items()).isNotEmpty().allSatisfy(entry -> assertThat(entry.unitId()).isEqualTo(xomChieu));

        LocalDate day = byUnit.items().getFirst().occurredAt().atZone(org.wardops.shared.time.LocalTime.VIETNAM).toLocalDate();
        PageResult<AuditRecordView> onDay = actors.as("auditor", () -> audit.search("xom chieu", null, day, day, null, new PageRequest(0, 50)));
        assertThat(onDay.items()).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.occurredAt().atZone(org.wardops.shared.time.LocalTime.VIETNAM).toLocalDate()).isEqualTo(day));
        PageResult<AuditRecordView> nobody = actors.as("auditor", () -> audit.search(null, "không có ai tên này", null, null, null, new PageRequest(0, 5)));
        assertThat(nobody.total()).isZero();

        String list = mvc.perform(get("/audit").param("person", name).cookie(new Cookie("wardops-lang", "en")).with(actors.session("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(name + " (").doesNotContain("<td>difficulties.difficulty.submitted</td>");
        mvc.perform(get("/audit").param("from", "yesterday").with(actors.session("auditor"))).andExpect(status().isBadRequest());
    }

    @Test
    void templateChoicesReadInTheReadersLanguage() throws Exception {
        UUID report = jdbc.sql("SELECT id FROM reporting_report WHERE answers LIKE '%Còn hạn chế%' LIMIT 1").query(UUID.class).single();
        assertThat(page("/reports/" + report, "en")).contains("Limited").doesNotContain(">Còn hạn chế<");
        assertThat(page("/reports/" + report, "de")).contains("Eingeschränkt");
        assertThat(page("/reports/" + report, "vi")).contains("Còn hạn chế");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).cookie(new Cookie("wardops-lang", language)).with(actors.session("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
