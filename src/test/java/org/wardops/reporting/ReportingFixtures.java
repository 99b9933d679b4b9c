package org.wardops.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.support.Actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh report requests for tests, made by working group no. 15's leader through the facade (the dashboard's tests use it too). */
public final class ReportingFixtures {

    public static final Map<String, String> COMPLETE = Map.ofEntries(
            Map.entry("staffTotal", "42"), Map.entry("staffShortage", "6"), Map.entry("dedicatedItOfficer", "false"),
            Map.entry("applicationsReceived", "1860"), Map.entry("onlineRate", "78.5"), Map.entry("onTimeRate", "97.2"),
            Map.entry("itSkills", "Không đồng đều"), Map.entry("equipment", "Máy tính cũ, không đồng bộ."),
            Map.entry("results", "Bộ máy vận hành thông suốt."), Map.entry("difficulties", "Chưa có công chức chuyên trách chuyển đổi số."),
            Map.entry("recommendations", "Bố trí biên chế chuyên trách chuyển đổi số."));

    private final JdbcClient jdbc;
    private final Actors actors;
    private final ReportRequestManagement requests;

    public ReportingFixtures(JdbcClient jdbc, Actors actors, ReportRequestManagement requests) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.requests = requests;
    }

    public UUID templateId() {
        return jdbc.sql("SELECT id FROM reporting_template WHERE name = :name AND version_no = 1")
                .param("name", "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW").query(UUID.class).single();
    }

    UUID unitId(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    /** A new request of working group no. 15 to the units, due in {@code daysLeft} days (negative: already past). */
    UUID request(int daysLeft, String... unitCodes) {
        List<UUID> units = java.util.Arrays.stream(unitCodes).map(this::unitId).toList();
        return actors.as("wg15.lead", () -> requests.request(new NewReportRequest(templateId(), "2025-W47", units,
                LocalDate.now().plusDays(daysLeft), "Báo cáo kiểm thử " + UUID.randomUUID(), null))).id();
    }

    UUID report(UUID requestId, String unitCode) {
        return jdbc.sql("SELECT id FROM reporting_report WHERE request_id = :request AND unit_id = :unit")
                .param("request", requestId).param("unit", unitId(unitCode)).query(UUID.class).single();
    }

    String state(UUID reportId) {
        return jdbc.sql("SELECT state FROM reporting_report WHERE id = :id").param("id", reportId).query(String.class).single();
    }

    long version(UUID reportId) {
        return jdbc.sql("SELECT version FROM reporting_report WHERE id = :id").param("id", reportId).query(Long.class).single();
    }
}
