package org.wardops.indicators;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The city leader opens the Decision 766 ranking of the story's month, picks Xóm Chiếu, opens its satisfaction
 * group and drills into an indicator down to its inputs and formula, in a real Chromium.
 */
class IndicatorBrowserTests extends org.wardops.support.ClockedBrowserTest {

    @Test
    void leaderOpensTheRankingAndDrillsIntoAWardsSatisfactionGroupDownToItsInputs() {
        Page leader = logIn("leader");
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chỉ số").setExact(true)).click();
        assertThat(leader.locator("h1")).containsText("Xếp hạng chỉ số phục vụ");
        assertThat(leader.locator("#ranking caption")).containsText("Tháng 11/2025");
        assertThat(leader.locator("#ranking tbody tr")).hasCount(50);
        assertThat(leader.locator("#ranking tbody tr").first().locator(".badge")).isVisible();
        leader.getByLabel("Kỳ", new Page.GetByLabelOptions().setExact(true)).selectOption("2025-Q4");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        assertThat(leader.locator("#ranking caption")).containsText("Quý IV/2025");
        leader.getByLabel("Kỳ", new Page.GetByLabelOptions().setExact(true)).selectOption("2025-11");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();

        leader.navigate(url("/indicators/ranking?set=766&period=2025-11&page=0"));
        var xomChieu = leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Xóm Chiếu"));
        while (xomChieu.count() == 0) {
            leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau")).click();
        }
        xomChieu.click();
        assertThat(leader.locator("h1")).hasText("Phường Xóm Chiếu");
        assertThat(leader.locator("#score-total")).containsText("/ 100");
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mức độ hài lòng")).click();
        var satisfaction = leader.locator("#group-SATISFACTION");
        assertThat(satisfaction.locator("h2")).containsText("/ 18");
        satisfaction.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Mức độ hài lòng trong giải quyết thủ tục hành chính")).click();
        var procedures = leader.locator("[id='indicator-766.satisfaction.procedures']");
        assertThat(procedures.locator("table.inputs")).isVisible();
        assertThat(procedures.locator("table.inputs")).containsText("procedures.satisfied");
        assertThat(procedures.locator("table.inputs")).containsText("Lượt đánh giá giải quyết thủ tục hành chính");
        assertThat(procedures).containsText("#{procedures.satisfied}");
        assertThat(procedures).containsText("90 %");
        org.wardops.support.Browser.assertAccessible(leader);
    }

    private Page logIn(String username) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.locator("header")).containsText("Đăng xuất");
        return page;
    }
}
