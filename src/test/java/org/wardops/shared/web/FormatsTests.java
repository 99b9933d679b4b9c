package org.wardops.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

    private static final MessageSource MESSAGES = new MessagesConfiguration().messageSource();

    private static Localizer in(String language) {
        return new Localizer(MESSAGES, Locale.forLanguageTag(language));
    }

    private static Formats formats(String language) {
        return new Formats(in(language));
    }

    @Test
    void writesPercentagesInTheReadersLanguageAndNoDataForNone() {
        assertThat(formats("vi").percent(69.44)).isEqualTo("69,4\u00a0%");
        assertThat(formats("en").percent(69.44)).isEqualTo("69.4\u00a0%");
        assertThat(formats("de").percent(20.0)).isEqualTo("20\u00a0%");
        assertThat(formats("vi").percent(null)).isEqualTo("Chưa có số liệu");
        assertThat(formats("en").percent(null)).isEqualTo("No data");
        assertThat(formats("de").number(20.0, 1)).isEqualTo("20");
        assertThat(formats("vi").number(1234.56, 1)).isEqualTo("1.234,6");
    }

    @Test
    void writesGermanDatesWithDots() {
        LocalDate date = LocalDate.of(2026, 12, 23);
        assertThat(formats("de").date(date)).isEqualTo("23.12.2026");
        assertThat(formats("vi").date(date)).isEqualTo("23/12/2026");
        assertThat(formats("en").date(date)).isEqualTo("23/12/2026");
        assertThat(formats("de").dateTime(Instant.parse("2026-12-23T02:05:00Z"))).isEqualTo("23.12.2026 09:05");
    }

    @Test
    void writesPeriodsInWords() {
        assertThat(List.of("2025-10", "2025-Q4", "2025-W47", "2025").stream().map(formats("vi")::period))
                .containsExactly("Tháng 10/2025", "Quý IV/2025", "Tuần 47/2025", "Năm 2025");
        assertThat(List.of("2025-10", "2025-Q4", "2025-W47", "2025").stream().map(formats("en")::period))
                .containsExactly("October 2025", "Q4 2025", "Week 47, 2025", "2025");
        assertThat(List.of("2025-10", "2025-Q4", "2025-W47", "2025").stream().map(formats("de")::period))
                .containsExactly("Oktober 2025", "4. Quartal 2025", "KW 47/2025", "2025");
        assertThat(formats("en").period("quý III/2025")).isEqualTo("quý III/2025");
    }

    @Test
    void countsUsePluralForms() {
        assertThat(in("en").t("tasks.label.list.count", 1)).isEqualTo("1 task");
        assertThat(in("en").t("tasks.label.list.count", 2)).isEqualTo("2 tasks");
        assertThat(in("de").t("difficulties.label.proposal.unitCount", 1)).isEqualTo("1 Einheit");
        assertThat(in("de").t("difficulties.label.proposal.unitCount", 2)).isEqualTo("2 Einheiten");
        assertThat(in("de").t("directory.label.units.count", 1234)).isEqualTo("1.234 Einheiten gefunden");
        assertThat(in("en").t("difficulties.label.suggestions.units", 1, 3)).isEqualTo("1 unit, 3 similar difficulties");
        assertThat(in("vi").t("tasks.label.list.count", 2)).isEqualTo("2 nhiệm vụ");
        // messages without plural forms still format as before, apostrophes included
        assertThat(in("en").t("notifications.label.header.inbox", 3)).isEqualTo("Notifications (3 unread)");
    }

    @Test
    void notificationTitlesDoNotRepeatTheUnreadMarker() {
        for (String language : PageContext.LANGUAGES) {
            String unread = in(language).t("notifications.label.inbox.unread").toLowerCase(Locale.ROOT);
            for (String kind : List.of("TASK_ASSIGNED", "REPORT_REQUESTED", "TASK_DUE_DATE_REQUESTED")) {
                String title = in(language).t("notifications.label.kind." + kind).toLowerCase(Locale.ROOT);
                assertThat(title.split(" ")[0]).as(language + " " + kind).isNotEqualTo(unread.split(" ")[0]);
                assertThat(title).doesNotStartWith(unread.substring(0, Math.min(3, unread.length())));
            }
        }
    }
}
