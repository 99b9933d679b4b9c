package org.wardops.difficulties;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The difficulties flow in a real Chromium: an officer drafts, the chair submits, the working group answers, the chair
 * reopens, the group leader escalates, another ward co-signs, and the leader turns a suggestion into a common
 * difficulty and a proposal.
 */
class DifficultyBrowserTests extends org.wardops.support.BrowserIntegrationTest {

    @Test
    void aDifficultyTravelsFromTheWardToTheCityLeadershipAndIntoAProposal() {
        Page officer = logIn("xomchieu.officer");
        officer.navigate(url("/difficulties/new"));
        org.wardops.support.Browser.assertAccessible(officer);
        officer.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill("Thiếu thiết bị sao lưu dữ liệu");
        officer.getByLabel("Nội dung khó khăn, vướng mắc").fill("Dữ liệu hồ sơ số hóa chỉ lưu trên máy cá nhân, không có thiết bị sao lưu.");
        officer.getByLabel("Kiến nghị, đề xuất").fill("Đề nghị Thành phố trang bị thiết bị lưu trữ, sao lưu dữ liệu cho phường.");
        officer.getByLabel("Lĩnh vực").selectOption("INFRASTRUCTURE");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        assertThat(officer.locator("#difficulty-state")).containsText("Dự thảo");
        assertThat(officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi"))).hasCount(0);
        String difficulty = officer.url();
        officer.context().close();

        Page chair = logIn("xomchieu.chair");
        chair.navigate(difficulty);
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi")).click();
        assertThat(chair.locator("#difficulty-state")).containsText("Đã gửi");
        assertThat(chair.locator("#difficulty-addressee")).containsText("Tổ công tác số 15");

        Page member = logIn("wg15.member");
        member.navigate(url("/difficulties/inbox"));
        org.wardops.support.Browser.assertAccessible(member);
        member.navigate(difficulty);
        org.wardops.support.Browser.assertAccessible(member);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trả lời").setExact(true)).click();
        member.getByLabel("Nội dung trả lời").fill("Sở Khoa học và Công nghệ sẽ cấp thiết bị sao lưu trong quý I/2026.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
        assertThat(member.locator("#difficulty-state")).containsText("Đã trả lời");
        member.context().close();

        chair.navigate(difficulty);
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo chưa giải quyết được")).click();
        chair.getByLabel("Lý do chưa giải quyết được").fill("Chưa rõ phường được cấp bao nhiêu thiết bị.");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chưa giải quyết được")).click();
        assertThat(chair.locator("#difficulty-state")).containsText("Đang xử lý");
        chair.context().close();

        Page lead = logIn("wg15.lead");
        lead.navigate(difficulty);
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trình lãnh đạo Thành phố")).click();
        lead.getByLabel("Nội dung trình lãnh đạo Thành phố").fill("Cần bố trí kinh phí của Thành phố.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo Thành phố")).click();
        assertThat(lead.locator("#difficulty-state")).containsText("Đã trình lãnh đạo Thành phố");

        Page otherWard = logIn("khanhhoi.officer");
        otherWard.navigate(difficulty);
        otherWard.getByLabel("Tình hình cụ thể tại đơn vị bạn").fill("Phường Khánh Hội cũng chưa có thiết bị sao lưu.");
        otherWard.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đơn vị tôi cũng gặp khó khăn này")).click();
        assertThat(otherWard.locator("#cosigner-list")).containsText("Phường Khánh Hội");
        otherWard.context().close();

        lead.navigate(url("/difficulties/board"));
        org.wardops.support.Browser.assertAccessible(lead);
        lead.navigate(url("/common-difficulties"));
        org.wardops.support.Browser.assertAccessible(lead);
        lead.locator("article.suggestion").first()
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tạo khó khăn chung")).click();
        assertThat(lead.locator("#units-affected")).not().hasText("0");
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập đề xuất lên lãnh đạo")).click();
        lead.getByLabel("Cơ chế, giải pháp đề xuất").fill("Bổ sung biên chế và kinh phí thiết bị cho các phường.");
        lead.getByLabel("Cơ quan quyết định").fill("Ban Thường vụ Thành ủy");
        lead.getByLabel("Nội dung đề nghị quyết định").fill("Thống nhất chủ trương bổ sung.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu đề xuất")).click();
        assertThat(lead.locator("#proposal-state")).containsText("Dự thảo");
        org.wardops.support.Browser.assertAccessible(lead);
        com.microsoft.playwright.Download download = lead.waitForDownload(() -> lead.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tờ trình (Word, thể thức văn bản Đảng)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(download.createReadStream());
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            org.assertj.core.api.Assertions.assertThat(text.getText()).contains("TỜ TRÌNH", "TỔ CÔNG TÁC SỐ 15", "PHỤ LỤC");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        lead.context().close();
    }

    @Test
    void theGroupLeaderChoosesAnswerPicksAHandlerFromTheGroupAndAnswers() {
        for (int width : new int[] {1366, 390}) {
            Page lead = logIn("wg15.lead", width);
            lead.navigate(url("/difficulties/inbox"));
            lead.locator("main table a[href^='/difficulties/']").nth(width == 1366 ? 0 : 1).click();
            assertThat(lead.locator("#action-choices")).isVisible();
            assertThat(lead.locator("#answer-text")).hasCount(0);
            assertThat(lead.locator("#decline-text")).hasCount(0);
            shot(lead, "difficulty-actions-" + width);

            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trả lời").setExact(true)).click();
            assertThat(lead.locator("#answer-form")).isVisible();
            assertThat(lead).hasURL(java.util.regex.Pattern.compile("action=answer"));
            assertThat(lead.locator("#decline-text")).hasCount(0);
            lead.getByLabel("Người xử lý").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                    "Đỗ Quang Vinh · Thành viên Tổ công tác số 15"));
            shot(lead, "difficulty-answer-form-" + width);
            org.wardops.support.Browser.assertAccessible(lead);

            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
            assertThat(lead.locator("#answer-form")).isVisible();
            assertThat(lead.locator("#text-error")).isVisible();
            lead.getByLabel("Nội dung trả lời").fill("Tổ công tác đã đề nghị Sở Nội vụ hướng dẫn định mức kiêm nhiệm trong quý I/2026.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
            assertThat(lead.locator("#difficulty-state")).containsText("Đã trả lời");
            assertThat(lead.locator(".facts")).containsText("Đỗ Quang Vinh");
            shot(lead, "difficulty-answered-" + width);
            lead.context().close();
        }

        for (int width : new int[] {1366, 390}) {
            Page chair = logIn("xomchieu.chair", width);
            chair.navigate(url("/notifications"));
            assertThat(chair.locator("#inbox")).containsText("kiến nghị được trả lời");
            org.wardops.support.Browser.assertAccessible(chair);
            shot(chair, "notifications-inbox-" + width);
            chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cài đặt nhận thư điện tử")).click();
            assertThat(chair.locator("#preferences")).isVisible();
            org.wardops.support.Browser.assertAccessible(chair);
            shot(chair, "notifications-settings-" + width);
            if (width == 390) {
                chair.navigate(url("/notifications"));
                chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu tất cả đã đọc")).click();
                assertThat(chair.locator("#inbox-summary")).containsText("0 chưa đọc");
            }
            chair.context().close();

            Page leader = logIn("leader", width);
            leader.navigate(url("/proposals"));
            leader.locator("main table a").first().click();
            assertThat(leader.locator("#annex-units")).containsText("Phụ lục liệt kê");
            shot(leader, "proposal-annex-" + width);
            leader.navigate(url("/common-difficulties"));
            leader.locator("main table a[href^='/common-difficulties/']").first().click();
            assertThat(leader.locator("#units-breakdown")).containsText("đơn vị");
            shot(leader, "common-units-" + width);
            leader.context().close();

            Page group = logIn("wg15.lead", width);
            group.navigate(url("/sessions"));
            group.locator("main table a[href^='/sessions/']").first().click();
            assertThat(group.locator("#session-reports")).containsText("Báo cáo của Phường");
            shot(group, "session-reports-" + width);
            group.context().close();
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target/screenshots", name + ".png")));
    }

    private Page logIn(String username, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, width == 390 ? 844 : 900));
        return logIn(context, username);
    }

    private Page logIn(String username) {
        return logIn(browser.newContext(), username);
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).not().hasURL(url("/login"));
        return page;
    }

}
