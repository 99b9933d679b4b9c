package org.wardops.dashboard;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.DirectoryManagement;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.support.Actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The city leader opens the city overview, clicks a red cell of the heat table and lands on the records behind it,
 * filtered to the unit and state; the briefing downloads as DOCX. Screenshots at 1366 and 390 px go to
 * {@code target/screenshots/} for a look.
 */
class OverviewBrowserTests extends org.wardops.support.ClockedBrowserTest {

    @Autowired
    Actors actors;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void leaderClicksARedCellOfTheHeatTableAndLandsOnTheFilteredRecordsThenDownloadsTheBriefing() throws Exception {
        OverviewFixture.ensure(actors, indicators, directory, events, transaction);
        UUID weak = OverviewFixture.unit(actors, directory, OverviewFixture.WEAK);
        Page leader = logIn("leader", 1366);
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổng quan Thành phố").setExact(true)).first().click();
        assertThat(leader.locator("h1")).hasText("Tổng quan các đơn vị");
        leader.navigate(url("/overview?period=" + OverviewFixture.PERIOD));
        assertThat(leader.locator("#overview caption")).containsText("Tháng 3/2015");
        assertThat(leader.locator("#overview tbody tr").first()).containsText("Xóm Chiếu");
        assertThat(leader.locator("svg[role=img] > title").first()).hasText(Pattern.compile("Điểm bình quân theo tháng"));
        screenshot(leader, "overview-1366.png");
        org.wardops.support.Browser.assertAccessible(leader);

        var download = leader.waitForDownload(() -> leader.locator("#briefing-docx").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        byte[] docx = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        leader.locator("#overview tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Khánh Hội"))
                .locator("a[data-band=WEAK]").first().click();
        assertThat(leader).hasURL(Pattern.compile("/tasks\\?unitId=" + weak + "&state=IN_PROGRESS_OVERDUE&dueMonth=" + OverviewFixture.PERIOD + "$"));
        assertThat(leader.locator("h1")).isVisible();

        Page phone = logIn("leader", 390);
        phone.navigate(url("/overview?period=" + OverviewFixture.PERIOD));
        assertThat(phone.locator("#overview")).isVisible();
        screenshot(phone, "overview-390.png");
        phone.navigate(url("/units/" + weak + "/summary"));
        assertThat(phone.locator("h1")).containsText("Khánh Hội");
        screenshot(phone, "unit-summary-390.png");
        leader.navigate(url("/units/" + weak + "/summary"));
        screenshot(leader, "unit-summary-1366.png");
        org.wardops.support.Browser.assertAccessible(leader);

        // the difficulties area opens the unit's difficulties submitted in the month, the filter shown and kept
        leader.navigate(url("/units/" + weak + "/summary"));
        leader.locator("main a[href*='/difficulties?'][href*='submittedMonth=']").first().click();
        assertThat(leader).hasURL(Pattern.compile("/difficulties\\?.*unitId=" + weak + ".*submittedMonth=\\d{4}-\\d{2}"));
        String month = leader.url().replaceAll(".*submittedMonth=(\\d{4}-\\d{2}).*", "$1");
        assertThat(leader.locator("#submittedMonth")).hasValue(month);
        screenshot(leader, "difficulties-month-1366.png");
        org.wardops.support.Browser.assertAccessible(leader);
        // a figure's link adds what the figure counts: the phone shows the same filter
        phone.navigate(leader.url() + "&figure=ANSWERED");
        assertThat(phone.locator("#submittedMonth")).hasValue(month);
        assertThat(phone.locator("#figure")).hasValue("ANSWERED");
        screenshot(phone, "difficulties-figure-390.png");
    }

    private void screenshot(Page page, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    private Page logIn(String username, int width) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, 900)
                .setAcceptDownloads(true));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.locator("header")).containsText("Đăng xuất");
        return page;
    }
}
