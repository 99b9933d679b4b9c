package org.wardops.reporting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wardops.shared.time.LocalTime.VIETNAM;

class CompletenessTests {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 24);

    @Test
    void aReportIsOnTimeUntilTheDeadlineDayEndsInVietnam() {
        assertThat(Deadlines.onTime(vietnam(2025, 10, 24, 23, 59), DEADLINE)).isTrue();
        assertThat(Deadlines.onTime(vietnam(2025, 10, 25, 0, 0), DEADLINE)).isFalse();
        // 17:30 UTC on the 24th is already the 25th in Ho Chi Minh City.
        assertThat(Deadlines.onTime(Instant.parse("2025-10-24T17:30:00Z"), DEADLINE)).isFalse();
        assertThat(Deadlines.onTime(Instant.parse("2025-10-24T16:59:59Z"), DEADLINE)).isTrue();
    }

    @Test
    void countsOnTimeLateMissingAndInProgressAfterTheDeadline() {
        Instant now = vietnam(2025, 11, 2, 8, 0);
        Completeness completeness = Completeness.of(UUID.randomUUID(), "2025-10", DEADLINE, List.of(
                entry("Phường A", ReportState.ACCEPTED, true, vietnam(2025, 10, 20, 9, 0)),
                entry("Phường B", ReportState.SUBMITTED, true, vietnam(2025, 10, 24, 22, 0)),
                entry("Phường C", ReportState.SUBMITTED, true, vietnam(2025, 10, 25, 8, 0)),
                entry("Phường D", ReportState.RETURNED, true, vietnam(2025, 10, 26, 8, 0)),
                entry("Phường E", ReportState.DRAFT, true, null),
                entry("Phường G", ReportState.DRAFT, false, null)), now, Completeness.Sort.UNIT);

        assertThat(completeness.expected()).isEqualTo(6);
        assertThat(completeness.submitted()).isEqualTo(4);
        assertThat(completeness.onTime()).isEqualTo(2);
        assertThat(completeness.late()).isEqualTo(2);
        assertThat(completeness.missing()).isEqualTo(2);
        assertThat(completeness.accepted()).isEqualTo(1);
        assertThat(completeness.returned()).isEqualTo(1);
        assertThat(completeness.drafts()).isZero();
        assertThat(completeness.submittedPercent()).isEqualTo(66.7);
        assertThat(completeness.onTimePercent()).isEqualTo(33.3);
        assertThat(completeness.rows()).extracting(Completeness.Row::status).containsExactly(
                Completeness.Status.ACCEPTED, Completeness.Status.SUBMITTED_ON_TIME, Completeness.Status.SUBMITTED_LATE,
                Completeness.Status.RETURNED, Completeness.Status.MISSING, Completeness.Status.MISSING);
        assertThat(completeness.rows().get(3).late()).isTrue();
    }

    @Test
    void beforeTheDeadlineNothingIsMissingAndDraftsAreToldFromUnstartedReports() {
        Instant now = vietnam(2025, 10, 24, 12, 0);
        Completeness completeness = Completeness.of(UUID.randomUUID(), "2025-10", DEADLINE, List.of(
                entry("Phường A", ReportState.DRAFT, true, null),
                entry("Phường B", ReportState.DRAFT, false, null)), now, Completeness.Sort.STATUS);

        assertThat(completeness.missing()).isZero();
        assertThat(completeness.drafts()).isEqualTo(1);
        assertThat(completeness.notStarted()).isEqualTo(1);
        assertThat(completeness.rows()).extracting(Completeness.Row::status)
                .containsExactly(Completeness.Status.NOT_STARTED, Completeness.Status.DRAFT);
    }

    @Test
    void anEmptyRequestHasNoPercentages() {
        Completeness completeness = Completeness.of(UUID.randomUUID(), "2025", DEADLINE, List.of(), Instant.EPOCH, Completeness.Sort.UNIT);
        assertThat(completeness.submittedPercent()).isZero();
        assertThat(completeness.onTimePercent()).isZero();
    }

    @Test
    void sortsBySubmissionTimeWithUnsubmittedLast() {
        Completeness completeness = Completeness.of(UUID.randomUUID(), "2025-10", DEADLINE, List.of(
                entry("Phường A", ReportState.DRAFT, false, null),
                entry("Phường B", ReportState.SUBMITTED, true, vietnam(2025, 10, 22, 8, 0)),
                entry("Phường C", ReportState.SUBMITTED, true, vietnam(2025, 10, 21, 8, 0))), vietnam(2025, 10, 23, 0, 0),
                Completeness.Sort.SUBMITTED);
        assertThat(completeness.rows()).extracting(Completeness.Row::unitName).containsExactly("Phường C", "Phường B", "Phường A");
    }

    private static Completeness.Entry entry(String name, ReportState state, boolean started, Instant firstSubmittedAt) {
        return new Completeness.Entry(UUID.randomUUID(), name, name, name, UUID.randomUUID(), state, started, firstSubmittedAt);
    }

    private static Instant vietnam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
    }
}
