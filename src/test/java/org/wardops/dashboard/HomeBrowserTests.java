package org.wardops.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.support.Actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages in a real Chromium (the 390 px phone without JavaScript): the chair of Xóm Chiếu finds the corrected
 * city report his officer marked ready (demo data) as the first item and opens its signing form from there; working group no. 15's leader finds the overdue difficulty first
 * and answers it from there. Screenshots at 1366 and 390 px go to target/screenshots.
 */
class HomeBrowserTests extends org.wardops.support.BrowserIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    DifficultyManagement difficulties;

    @Test
    void theChairFindsTheReportWaitingForHisSignatureFirstAndSignsIt() {
        Page chair = login("xomchieu.chair", 1366);
        chair.navigate(url("/"));
        Locator first = chair.locator("#todo-items li").first();
        assertThat(first).hasAttribute("data-kind", "REPORT_TO_SIGN");
        assertThat(first).containsText("Chờ ký");
        chair.screenshot(new Page.ScreenshotOptions().setPath(screenshot("home-chair-1366.png")).setFullPage(true));
        first.locator("a").click();
        // The report page shows who marked it ready and offers the chair the signing form (signing is ReportingBrowserTests' flow).
        assertThat(chair.locator("#report-ready")).isVisible();
        assertThat(chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký gửi báo cáo"))).isVisible();

        Page phone = login("xomchieu.chair", 390);
        phone.navigate(url("/"));
        assertThat(phone.locator("#todo-items li").first()).hasAttribute("data-kind", "REPORT_TO_SIGN");
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        phone.screenshot(new Page.ScreenshotOptions().setPath(screenshot("home-chair-390.png")).setFullPage(true));
    }

    @Test
    void theGroupLeaderFindsTheOverdueDifficultyFirstAndAnswersItFromThere() {
        String title = "Chưa có kinh phí thay máy tính " + UUID.randomUUID().toString().substring(0, 8);
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        DifficultyView drafted = actors.as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu, title,
                "Phường chưa được bố trí kinh phí thay thế máy tính đã hết hạn hỗ trợ.", "INFRASTRUCTURE", Severity.HIGH,
                "Đề nghị Thành phố bố trí kinh phí thay thế máy tính cho phường.", null, DifficultySource.AD_HOC, null, false)));
        DifficultyView submitted = actors.as("xomchieu.chair", () -> difficulties.submit(drafted.id(), drafted.version()));
        // Raised at the October 2025 session and never answered: its deadline passed a year ago.
        jdbc.sql("UPDATE difficulties_difficulty SET due_date = :due WHERE id = :id").param("due", LocalDate.of(2025, 11, 20))
                .param("id", submitted.id()).update();

        Page lead = login("wg15.lead", 1366);
        lead.navigate(url("/"));
        Locator first = lead.locator("#todo-items li").first();
        assertThat(first).hasAttribute("data-kind", "DIFFICULTY_TO_ANSWER");
        assertThat(first).containsText(title);
        assertThat(first).containsText("Quá hạn");
        lead.screenshot(new Page.ScreenshotOptions().setPath(screenshot("home-group-lead-1366.png")).setFullPage(true));
        first.locator("a").click();
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trả lời").setExact(true)).click();
        lead.locator("#answer-text").fill("Sở Khoa học và Công nghệ đưa phường vào kế hoạch thay thế máy tính quý I/2027.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
        assertThat(lead.locator("main")).containsText("Đã trả lời");
        assertThat(jdbc.sql("SELECT state FROM difficulties_difficulty WHERE id = :id").param("id", submitted.id()).query(String.class).single())
                .isEqualTo("ANSWERED");

        lead.navigate(url("/"));
        assertThat(lead.locator("#todo-items")).not().containsText(title);
        Page phone = login("wg15.lead", 390);
        phone.navigate(url("/"));
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        phone.screenshot(new Page.ScreenshotOptions().setPath(screenshot("home-group-lead-390.png")).setFullPage(true));
    }

    private Page login(String username, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(width != 390));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).not().hasURL(url("/login?error"));
        return page;
    }

    private static Path screenshot(String name) {
        return Path.of("target", "screenshots", name);
    }
}
