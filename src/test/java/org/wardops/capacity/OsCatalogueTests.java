package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.wardops.capacity.internal.OsCatalogue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OsCatalogueTests {

    private final OsCatalogue catalogue = new OsCatalogue();

    @Test
    void endOfSupportTodayIsUnsupportedAndYesterdayStillEnding() {
        LocalDate eol = LocalDate.of(2025, 10, 14);
        assertThat(OsCatalogue.status("windows/10-22h2-w", eol, eol)).isEqualTo(SupportStatus.UNSUPPORTED);
        assertThat(OsCatalogue.status("windows/10-22h2-w", eol, eol.minusDays(1))).isEqualTo(SupportStatus.ENDING);
        assertThat(OsCatalogue.status("windows/10-22h2-w", eol, eol.plusDays(1))).isEqualTo(SupportStatus.UNSUPPORTED);
    }

    @Test
    void endOfSupportInTwelveMonthsIsEndingAndOneDayLaterSupported() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(OsCatalogue.status("k", today.plusMonths(12), today)).isEqualTo(SupportStatus.ENDING);
        assertThat(OsCatalogue.status("k", today.plusMonths(12).plusDays(1), today)).isEqualTo(SupportStatus.SUPPORTED);
        assertThat(OsCatalogue.status("k", null, today)).isEqualTo(SupportStatus.SUPPORTED);
    }

    @Test
    void anUnmatchedSystemIsUnknownNeverSupported() {
        assertThat(catalogue.match("Linux Mint", "21", null)).isEmpty();
        assertThat(catalogue.match("windows", "12 25H2", "Pro")).isEmpty();
        assertThat(OsCatalogue.status(null, null, LocalDate.of(2026, 12, 1))).isEqualTo(SupportStatus.UNKNOWN);
    }

    @Test
    void windowsTenAndElevenNeedTheEditionBecauseTheirDatesDiffer() {
        assertThat(catalogue.match("windows", "11 24H2", null)).isEmpty();
        assertThat(catalogue.match("windows", "10 21H2", "Enterprise")).get().extracting(OsCatalogue.Release::endOfSupport)
                .isEqualTo(LocalDate.of(2024, 6, 11));
        assertThat(catalogue.match("windows", "10 21H2", "Home")).get().extracting(OsCatalogue.Release::endOfSupport)
                .isEqualTo(LocalDate.of(2023, 6, 13));
        assertThat(catalogue.match("Windows", "11 (24H2)", "Pro Education")).get().extracting(OsCatalogue.Release::key).isEqualTo("windows/11-24h2-w");
        assertThat(catalogue.match("windows", "11 24H2", "Education")).get().extracting(OsCatalogue.Release::key).isEqualTo("windows/11-24h2-e");
        assertThat(catalogue.match("windows", "10 21H2", "Enterprise LTSC")).get().extracting(OsCatalogue.Release::endOfSupport)
                .isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void olderWindowsServerMacUbuntuAndDebianMatchByVersion() {
        assertThat(catalogue.match("windows", "7 SP1", "Professional")).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2020, 1, 14));
        assertThat(catalogue.match("windows", "8.1", null)).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(catalogue.match("windows-server", "2012 R2", null)).get().extracting(OsCatalogue.Release::key).isEqualTo("windows-server/2012-r2");
        assertThat(catalogue.match("Windows Server", "2008 R2", null)).get().extracting(OsCatalogue.Release::key).isEqualTo("windows-server/2008-r2-sp1");
        assertThat(catalogue.match("macOS", "10.15.7", null)).get().extracting(OsCatalogue.Release::key).isEqualTo("macos/10.15");
        assertThat(catalogue.match("macos", "15.1", null)).get().extracting(OsCatalogue.Release::endOfSupport).isNull();
        assertThat(catalogue.match("ubuntu", "22.04.3 LTS", null)).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(catalogue.match("debian", "12.5", null)).get().extracting(OsCatalogue.Release::key).isEqualTo("debian/12");
    }

    @Test
    void iotLtscAndTheNewestReleasesFollowTheCheckedSnapshot() {
        assertThat(catalogue.match("windows", "11 24H2", "IoT Enterprise LTSC")).get().extracting(OsCatalogue.Release::endOfSupport)
                .isEqualTo(LocalDate.of(2034, 10, 10));
        assertThat(catalogue.match("windows", "11 24H2", "Enterprise LTSC")).get().extracting(OsCatalogue.Release::endOfSupport)
                .isEqualTo(LocalDate.of(2029, 10, 9));
        assertThat(catalogue.match("windows", "11 26H1", "Pro")).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2028, 3, 14));
        assertThat(catalogue.match("windows", "11 26H1", "Enterprise")).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2029, 3, 13));
        assertThat(catalogue.match("ubuntu", "25.10", null)).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(catalogue.match("ubuntu", "20.04.6", null)).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(catalogue.match("windows-server", "23H2 AC", null)).get().extracting(OsCatalogue.Release::endOfSupport).isEqualTo(LocalDate.of(2025, 10, 24));
    }

    @Test
    void aMatchedReleaseOnItsLastDayYesterdayAndInTwelveMonths() {
        LocalDate eol = catalogue.match("windows", "11 24H2", "Home").orElseThrow().endOfSupport();
        assertThat(eol).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(OsCatalogue.status("windows/11-24h2-w", eol, eol)).isEqualTo(SupportStatus.UNSUPPORTED);
        assertThat(OsCatalogue.status("windows/11-24h2-w", eol, eol.minusDays(1))).isEqualTo(SupportStatus.ENDING);
        assertThat(OsCatalogue.status("windows/11-24h2-w", eol, eol.minusMonths(12))).isEqualTo(SupportStatus.ENDING);
        assertThat(OsCatalogue.status("windows/11-24h2-w", eol, eol.minusMonths(12).minusDays(1))).isEqualTo(SupportStatus.SUPPORTED);
        LocalDate enterprise = catalogue.match("windows", "11 24H2", "Enterprise").orElseThrow().endOfSupport();
        assertThat(OsCatalogue.status("windows/11-24h2-e", enterprise, eol)).as("the same day, another edition").isEqualTo(SupportStatus.ENDING);
    }
}
