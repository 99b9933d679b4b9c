package org.wardops.citizensupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteer's phone page in a real Chromium at phone size: after a first visit online the service worker serves
 * the page offline; three entries logged offline survive a reload, and when the phone is back online "Send now"
 * pressed twice delivers exactly three records; the unit's officer then sees them on the unit page.
 */
class AssistanceLogBrowserTests extends org.wardops.support.ClockedBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesLoggedOfflineSurviveAReloadAndArriveExactlyOnceWhenBackOnline() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = logIn(context, "volunteer.xomchieu");
        page.navigate(url("/assistance/log"));
        assertThat(page.locator("h1")).hasText("Ghi nhận hỗ trợ người dân");
        page.waitForFunction("async () => navigator.serviceWorker.controller !== null && !!(await caches.match('/assistance/log'))");
        long before = entries();

        context.setOffline(true);
        String[] services = {"VNEID_ACTIVATION", "E_HEALTH_BOOK", "CASHLESS_PAYMENT"};
        for (int i = 0; i < services.length; i++) {
            page.getByLabel("Dịch vụ", new Page.GetByLabelOptions().setExact(true)).selectOption(services[i]);
            page.getByLabel("Thời gian hỗ trợ (phút)").fill(String.valueOf(10 + i));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận").setExact(true)).click();
            assertThat(page.locator("#unsent-count")).hasText(String.valueOf(i + 1));
        }
        assertThat(page.locator("#queue li")).hasCount(3);

        page.reload();
        assertThat(page.locator("h1")).hasText("Ghi nhận hỗ trợ người dân");
        assertThat(page.locator("#unsent-count")).hasText("3");
        assertThat(entries()).isEqualTo(before);

        context.setOffline(false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ngay")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ngay")).click();
        assertThat(page.locator("#unsent-count")).hasText("0");
        assertThat(page.locator("#queue li.state-sent")).hasCount(3);
        assertThat(entries()).isEqualTo(before + 3);

        Page officer = logIn(browser.newContext(), "xomchieu.officer");
        officer.navigate(url("/citizen-support"));
        assertThat(officer.locator("#help-by-service")).containsText("Sổ sức khỏe điện tử");
        assertThat(officer.locator("#entries")).containsText("Thanh toán không dùng tiền mặt");
    }

    @Test
    void aPracticeIsPublishedEndorsedByTheWorkingGroupAndAdoptedByAnotherWard() {
        Page officer = logIn(browser.newContext(), "xomchieu.officer");
        officer.navigate(url("/practices/new"));
        officer.getByLabel("Tên cách làm").fill("Tình nguyện viên trực điểm hỗ trợ tại chợ Xóm Chiếu");
        officer.getByLabel("Lĩnh vực").selectOption("CITIZEN_SUPPORT");
        officer.getByLabel("Vấn đề đặt ra").fill("Tiểu thương không có thời gian đến phường.");
        officer.getByLabel("Cách thực hiện").fill("Sáng thứ Bảy, hai tình nguyện viên trực tại chợ.");
        officer.getByLabel("Kết quả (có số liệu)").fill("Số lượt hoàn thành tăng từ 20 lên 55 mỗi tháng.");
        officer.getByLabel("Chỉ tiêu đo kết quả").fill("assistance.done");
        officer.getByLabel("Giá trị trước khi áp dụng").fill("20");
        officer.getByLabel("Cách nhân rộng").fill("Chọn chợ đông người, thông báo qua ban quản lý chợ.");
        officer.getByLabel("Đầu mối liên hệ").fill("Văn phòng UBND phường Xóm Chiếu");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giới thiệu").setExact(true)).click();
        assertThat(officer.locator("#practice-state")).containsText("Chờ đánh giá");
        String practiceUrl = officer.url();

        Page lead = logIn(browser.newContext(), "wg15.lead");
        lead.navigate(practiceUrl);
        lead.getByLabel("Lý do").fill("Dễ nhân rộng ở các phường có chợ lớn.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công nhận")).click();
        assertThat(lead.locator("#practice-state")).containsText("Được công nhận");
        assertThat(lead.locator("#practice-state")).containsText("Tổ công tác số 15");

        Page khanhHoi = logIn(browser.newContext(), "khanhhoi.officer");
        khanhHoi.navigate(practiceUrl);
        khanhHoi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký áp dụng")).click();
        assertThat(khanhHoi.locator(".notice")).containsText("Đã đăng ký áp dụng.");
        assertThat(khanhHoi.locator("#adopters")).containsText("Phường Khánh Hội");
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance").query(Long.class).single();
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.locator("header")).containsText("Đăng xuất");
        return page;
    }
}
