package org.wardops.capacity;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The capacity flow in a real Chromium: Xóm Chiếu's officer imports the ward's inventory from XLSX — a dry run that
 * refuses a bad row, the corrected file's dry run, then the commit — and finds "7 of 12 PCs unsupported" and the
 * missing dedicated DT officer among the ward's gaps.
 */
class CapacityBrowserTests extends org.wardops.support.ClockedBrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void officerImportsTheInventoryAndSeesTheGaps() throws Exception {
        Page officer = logIn("xomchieu.officer");
        officer.navigate(url("/capacity"));
        assertThat(officer.locator("h1")).containsText("Phường Xóm Chiếu");
        officer.locator("#import-link").click();

        String[][] inventory = inventory();
        String[][] withTypo = inventory.clone();
        withTypo[3] = inventory[3].clone();
        withTypo[3][0] = "MAY TINH";
        officer.locator("#file").setInputFiles(new FilePayload("xomchieu.xlsx", XLSX, CapacityApiIntegrationTests.xlsx(withTypo)));
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chạy thử")).click();
        assertThat(officer.locator("#refused")).containsText("MAY TINH");
        assertThat(officer.locator("#refused tbody tr").first()).containsText("5");

        officer.locator("#file").setInputFiles(new FilePayload("xomchieu.xlsx", XLSX, CapacityApiIntegrationTests.xlsx(inventory)));
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chạy thử")).click();
        assertThat(officer.locator("#import-result")).containsText("sẽ thêm 0, cập nhật 12");
        officer.locator("#file").setInputFiles(new FilePayload("xomchieu.xlsx", XLSX, CapacityApiIntegrationTests.xlsx(inventory)));
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập").setExact(true)).click();
        assertThat(officer.locator("#import-result")).containsText("Đã nhập: thêm 0, cập nhật 12.");

        officer.navigate(url("/capacity"));
        assertThat(officer.locator("#gaps")).containsText("7 trên 12 máy tính dùng hệ điều hành hết hỗ trợ");
        assertThat(officer.locator("#gaps")).containsText("Chưa có công chức chuyên trách chuyển đổi số");
        assertThat(officer.locator("#staff-summary")).containsText("Chỉ kiêm nhiệm");

        // From the gap a difficulty is drafted, pre-filled with it, for the ward to complete and submit.
        officer.locator("#gaps li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Chưa có công chức chuyên trách"))
                .getByRole(AriaRole.BUTTON).click();
        officer.waitForURL(java.util.regex.Pattern.compile(".*/difficulties/[0-9a-f-]{36}$"));
        assertThat(officer.locator("main")).containsText("Chưa có công chức chuyên trách chuyển đổi số");
    }

    @Test
    void theInfrastructureFormWorksOnAPhoneWithoutScriptsAndShowsTheProblemInPlace() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844)
                .setJavaScriptEnabled(false));
        Page phone = context.newPage();
        phone.navigate(url("/login"));
        phone.getByLabel("Tên đăng nhập").fill("xomchieu.officer");
        phone.getByLabel("Mật khẩu").fill("wardops-demo");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        phone.navigate(url("/capacity"));
        phone.locator("#edit-infrastructure").click();
        phone.locator("#control-ANTIVIRUS").getByLabel("Không áp dụng", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        phone.locator("[id='links[1].provider']").fill("Viettel dự phòng");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        assertThat(phone.locator("[id='controls[0].reason-error']")).isVisible();
        assertThat(phone.locator("[id='links[1].provider']")).hasValue("Viettel dự phòng");
        var form = phone.locator("#infrastructure-form").boundingBox();
        org.assertj.core.api.Assertions.assertThat(form.x + form.width).as("the form fits a 390 px screen").isLessThanOrEqualTo(390);
        context.close();
    }

    /** Xóm Chiếu's twelve PCs as the ward keeps them: seven of 2014–2016 on Windows 7, 8.1 and 10, five recent ones. */
    private static String[][] inventory() {
        String[][] rows = new String[12][];
        String[][] old = {{"7", "Professional"}, {"7", "Professional"}, {"8.1", "Pro"}, {"8.1", "Pro"}, {"10 22H2", "Pro"}, {"10 22H2", "Pro"}, {"10 22H2", "Pro"}};
        for (int i = 0; i < 7; i++) {
            rows[i] = new String[] {"DESKTOP", "XC-PC-%02d".formatted(i + 1), "XC%05d".formatted(1000 + i), "Dell OptiPlex 3020",
                    String.valueOf(2014 + i / 3), "windows", old[i][0], old[i][1], "IN_USE", "Văn phòng"};
        }
        for (int i = 0; i < 5; i++) {
            rows[7 + i] = new String[] {i < 3 ? "DESKTOP" : "LAPTOP", "XC-PC-%02d".formatted(8 + i), "XC%05d".formatted(2000 + i), "Dell Vostro 3020",
                    String.valueOf(2023 + i / 3), "windows", "11 25H2", i < 3 ? "Pro" : "Education", "IN_USE", "Bộ phận Một cửa"};
        }
        return rows;
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
