package org.wardops.reporting;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.support.Actors;

import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review loop in a real Chromium: the officer fills the report, the chair submits, the working-group member
 * returns it with a reason, the officer corrects, the chair resubmits, the group leader accepts, and the
 * completeness matrix shows it. Screenshots of the form and the matrix go to target/screenshots.
 */
class ReportingBrowserTests extends org.wardops.support.BrowserIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    ReportRequestManagement requests;

    @Test
    void officerFillsChairSubmitsGroupReturnsOfficerCorrectsChairResubmitsLeaderAccepts() {
        ReportingFixtures fixtures = new ReportingFixtures(jdbc, actors, requests);
        UUID request = fixtures.request(14, "27259", "27265", "27286");
        UUID report = fixtures.report(request, "27259");

        Page officer = login("xomchieu.officer");
        officer.navigate(url("/reports/" + report));
        officer.locator("[name='answers.staffTotal']").fill("42");
        officer.locator("[name='answers.staffShortage']").fill("six");
        officer.locator("[name='answers.dedicatedItOfficer']").selectOption("false");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
        assertThat(officer.locator("#answers\\.staffShortage-error")).containsText("Vui lòng nhập một số nguyên.");
        assertThat(officer.locator("[name='answers.staffTotal']")).hasValue("42");
        officer.locator("[name='answers.staffShortage']").fill("6");
        officer.locator("[name='answers.applicationsReceived']").fill("1860");
        officer.locator("[name='answers.onlineRate']").fill("78,5");
        officer.locator("[name='answers.onTimeRate']").fill("97.2");
        officer.locator("[name='answers.itSkills']").selectOption("Không đồng đều");
        officer.locator("[name='answers.equipment']").fill("Máy tính cũ, không đồng bộ; chưa bảo đảm an toàn thông tin.");
        officer.locator("[name='answers.results']").fill("Bộ máy phường vận hành thông suốt từ ngày 01/7/2025.");
        officer.locator("[name='answers.difficulties']").fill("Chưa có công chức chuyên trách chuyển đổi số; cán bộ kiêm nhiệm nhiều việc.");
        officer.locator("[name='answers.recommendations']").fill("Bố trí biên chế chuyên trách chuyển đổi số cho phường.");
        officer.screenshot(new Page.ScreenshotOptions().setPath(screenshot("report-form.png")).setFullPage(true));
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
        assertThat(officer.locator(".notice")).hasText("Đã lưu bản nháp.");
        assertThat(officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký gửi báo cáo"))).hasCount(0);

        Page chair = login("xomchieu.chair");
        chair.navigate(url("/reports/" + report));
        chair.getByLabel("Tôi đã kiểm tra nội dung và xác nhận ký gửi", new Page.GetByLabelOptions().setExact(false)).check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký gửi báo cáo")).click();
        assertThat(chair.locator("#report-state")).hasText("Đã nộp");

        Page member = login("wg15.member");
        member.navigate(url("/reports/" + report));
        member.getByLabel("Lý do trả lại (bắt buộc)").fill("Đề nghị bổ sung số liệu hồ sơ trực tuyến của tháng 10.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại để bổ sung")).click();
        assertThat(member.locator("#report-state")).hasText("Bị trả lại");

        officer.navigate(url("/reports/" + report));
        assertThat(officer.locator("#return-reason")).containsText("bổ sung số liệu hồ sơ trực tuyến");
        officer.locator("[name='answers.onlineRate']").fill("80.1");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
        assertThat(officer.locator(".notice")).hasText("Đã lưu bản nháp.");

        chair.navigate(url("/reports/" + report));
        chair.getByLabel("Tôi đã kiểm tra nội dung và xác nhận ký gửi", new Page.GetByLabelOptions().setExact(false)).check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký gửi báo cáo")).click();
        assertThat(chair.locator("#report-state")).hasText("Đã nộp");

        Page lead = login("wg15.lead");
        lead.navigate(url("/reports/" + report));
        assertThat(lead.locator("main")).containsText("80.1");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận báo cáo")).click();
        assertThat(lead.locator("#report-state")).hasText("Đã tiếp nhận");

        lead.navigate(url("/report-requests/" + request));
        assertThat(lead.locator("#completeness tr", new Page.LocatorOptions().setHasText("Phường Xóm Chiếu"))).containsText("Đã tiếp nhận");
        assertThat(lead.locator("#completeness-counts")).containsText("33,3 %");
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tình trạng").setExact(true)).click();
        assertThat(lead.locator("#completeness tbody tr").first()).containsText("Chưa bắt đầu");
        lead.screenshot(new Page.ScreenshotOptions().setPath(screenshot("completeness-matrix.png")).setFullPage(true));
    }

    private Page login(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
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
