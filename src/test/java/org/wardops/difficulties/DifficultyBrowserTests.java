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
        member.getByLabel("Nội dung trả lời").fill("Sở Khoa học và Công nghệ sẽ cấp thiết bị sao lưu trong quý I/2026.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
        assertThat(member.locator("#difficulty-state")).containsText("Đã trả lời");
        member.context().close();

        chair.navigate(difficulty);
        chair.getByLabel("Lý do chưa giải quyết được").fill("Chưa rõ phường được cấp bao nhiêu thiết bị.");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chưa giải quyết được")).click();
        assertThat(chair.locator("#difficulty-state")).containsText("Đang xử lý");
        chair.context().close();

        Page lead = logIn("wg15.lead");
        lead.navigate(difficulty);
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

    private Page logIn(String username) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).not().hasURL(url("/login"));
        return page;
    }

}
