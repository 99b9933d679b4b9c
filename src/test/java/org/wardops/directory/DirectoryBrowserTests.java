package org.wardops.directory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's main flow in a real Chromium: log in, find the own ward, switch language, be kept out of administration. */
class DirectoryBrowserTests extends org.wardops.support.BrowserIntegrationTest {

    @Test
    void wardOfficerFindsTheirWardSwitchesToEnglishAndIsRefusedAdministration() {
        Page page = browser.newPage();
        page.navigate(url("/units"));
        assertThat(page).hasURL(url("/login"));
        org.wardops.support.Browser.assertAccessible(page);
        page.getByLabel("Tên đăng nhập").fill("xomchieu.officer");
        page.getByLabel("Mật khẩu").fill("wardops-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        page.navigate(url("/units"));
        org.wardops.support.Browser.assertAccessible(page);
        page.getByLabel("Tìm theo tên").fill("xom chieu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
        assertThat(page.locator("#unit-table")).containsText("Phường Xóm Chiếu");
        assertThat(page.locator("#unit-table")).not().containsText("Phường Khánh Hội");
        assertThat(page.locator("#unit-table")).containsText("Tìm thấy 1 đơn vị");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Unit directory");
        assertThat(page.locator("header")).containsText("Ward or commune officer");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Xóm Chiếu")).click();
        assertThat(page.locator("h1")).hasText("Phường Xóm Chiếu");
        assertThat(page.locator("main")).containsText("Tổ công tác số 15");
        org.wardops.support.Browser.assertAccessible(page);

        Response refused = page.navigate(url("/admin/accounts"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Access denied");

        // The choice is the account's and this database is shared with the other tests: choose Vietnamese again.
        page.navigate(url("/units"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        assertThat(page.locator("h1")).hasText("Danh mục đơn vị");
        page.close();
    }

    @Test
    void theAccessibilityCheckFindsViolations() {
        Page page = browser.newPage();
        page.setContent("<!DOCTYPE html><html lang=\"vi\"><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.wardops.support.Browser.assertAccessible(page))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
        page.close();
    }

}
