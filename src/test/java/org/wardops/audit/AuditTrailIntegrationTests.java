package org.wardops.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;
import org.wardops.shared.AccessRefusedException;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    PeopleManagement people;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void recordsWhoChangedWhatWithTheStateBeforeAndAfter() {
        PersonView person = actors.as("khanhhoi.officer", () -> people.create(new SavePerson("Quách Văn Sơn", "Công chức Địa chính", null, null, null)));
        actors.as("khanhhoi.officer", () -> people.change(person.id(), 0, new SavePerson("Quách Văn Sơn", "Công chức Địa chính – Xây dựng", null, null, null)));
        var history = actors.as("auditor", () -> audit.history(person.id()));
        assertThat(history).extracting(AuditRecordView::action).containsExactly("directory.person.created", "directory.person.changed");
        assertThat(history).extracting(AuditRecordView::actorName).containsOnly("khanhhoi.officer");
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(1).before()).contains("Công chức Địa chính\"");
        assertThat(history.get(1).after()).contains("Địa chính – Xây dựng");
        assertThat(actors.as("xomchieu.officer", () -> audit.history(person.id()))).as("outside the reader's scope").isEmpty();
    }

    @Test
    void verificationDetectsAnAlteredRecordAndADeletedOne() {
        actors.as("vinhhoi.officer", () -> people.create(new SavePerson("Kiều Minh Nhật", "Công chức Văn hóa", null, null, null)));
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();

        Map<String, Object> victim = jdbc.sql("SELECT seq, after_state FROM audit_record ORDER BY seq DESC LIMIT 1").query().singleRow();
        long seq = ((Number) victim.get("seq")).longValue();
        String original = (String) victim.get("after_state");
        try {
            jdbc.sql("UPDATE audit_record SET after_state = :forged WHERE seq = :seq")
                    .param("forged", original.replace("Kiều Minh Nhật", "Người Khác")).param("seq", seq).update();
            AuditVerification altered = actors.as("auditor", () -> audit.verify());
            assertThat(altered.intact()).isFalse();
            assertThat(altered.firstBrokenSeq()).isEqualTo(seq);
            assertThat(altered.problem()).isEqualTo("audit.error.chain.alteredRecord");
        } finally {
            jdbc.sql("UPDATE audit_record SET after_state = :original WHERE seq = :seq").param("original", original).param("seq", seq).update();
        }

        Map<String, Object> middle = jdbc.sql("SELECT * FROM audit_record WHERE seq = :seq").param("seq", seq - 1).query().singleRow();
        jdbc.sql("DELETE FROM audit_record WHERE seq = :seq").param("seq", seq - 1).update();
        try {
            AuditVerification deleted = actors.as("auditor", () -> audit.verify());
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.firstBrokenSeq()).isEqualTo(seq - 1);
            assertThat(deleted.problem()).isEqualTo("audit.error.chain.missingRecord");
        } finally {
            jdbc.sql("INSERT INTO audit_record (seq, id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, unit_id, "
                            + "before_state, after_state, previous_hash, hash) VALUES (:seq, :id, :occurred_at, :actor_id, :actor_name, :action, "
                            + ":entity_type, :entity_id, :unit_id, :before_state, :after_state, :previous_hash, :hash)")
                    .params(middle).update();
        }
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() throws Exception {
        assertThatThrownBy(() -> actors.as("wg15.lead", () -> audit.verify())).isInstanceOf(AccessRefusedException.class);
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", api.bearer("xomchieu.chair")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", api.bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void nobodyCanChangeTheTrailThroughTheApi() throws Exception {
        String auditor = api.bearer("auditor");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/audit").header("Authorization", auditor))
                .andExpect(status().isMethodNotAllowed());
    }
}
