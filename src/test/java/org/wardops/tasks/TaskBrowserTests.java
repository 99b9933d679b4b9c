package org.wardops.tasks;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks flow in a real Chromium, on the story's dates: the city leader issues a task and cascades it to working
 * group no. 15's wards; Khánh Hội's officer reports progress and completion with evidence; the leader accepts; the
 * chair of Xóm Chiếu sees the ward's remaining tasks on the year-end board, overdue first, then people's lives.
 */
class TaskBrowserTests extends org.wardops.support.ClockedBrowserTest {

    private static final String TITLE = "Kiểm tra đường truyền mạng tại bộ phận một cửa";

    @Test
    void leaderCascadesWardReportsLeaderAcceptsAndTheChairSeesTheYearEndBoard() {
        Page leader = logIn("leader");
        leader.navigate(url("/tasks/new"));
        leader.getByLabel("Tên nhiệm vụ").fill(TITLE);
        leader.getByLabel("Hạn hoàn thành").fill("2025-11-25");
        leader.getByLabel("Liên quan trực tiếp đến đời sống người dân").check();
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ")).click();
        assertThat(leader.locator("h1")).hasText(TITLE);

        leader.getByLabel("Tổ công tác").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tổ công tác số 15"));
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao cho các đơn vị")).click();
        assertThat(leader.locator(".notice")).containsText("Đã giao nhiệm vụ cho 3 đơn vị");
        assertThat(leader.locator("#unit-tasks")).containsText("Phường Khánh Hội");
        assertThat(leader.locator("#unit-tasks")).containsText("Phường Xóm Chiếu");
        assertThat(leader.locator("#unit-tasks")).containsText("Phường Vĩnh Hội");

        Page officer = logIn("khanhhoi.officer");
        officer.navigate(url("/tasks"));
        officer.getByLabel("Tìm theo nội dung").fill("kiem tra duong truyen");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(officer.locator("h1")).hasText(TITLE);
        String childUrl = officer.url();
        officer.getByLabel("Tỷ lệ hoàn thành (%)").fill("60");
        officer.getByLabel("Nội dung tiến độ").fill("Đã kiểm tra 3 trên 5 điểm truy cập.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật tiến độ")).click();
        assertThat(officer.locator(".notice")).containsText("Đã cập nhật tiến độ.");
        officer.getByLabel("Kết quả thực hiện").fill("Đã thay bộ chuyển mạch, đường truyền ổn định.");
        officer.locator("#complete-evidence").fill("Biên bản kiểm tra số 05/BB-UBND");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo hoàn thành")).click();
        assertThat(officer.locator("#task-state")).containsText("Chờ xác nhận hoàn thành");
        assertThat(officer.locator("#history")).containsText("Biên bản kiểm tra số 05/BB-UBND");

        leader.navigate(childUrl);
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận hoàn thành")).click();
        assertThat(leader.locator("#task-state")).containsText("Hoàn thành đúng hạn");

        Page chair = logIn("xomchieu.chair");
        chair.navigate(url("/tasks/year-end-review"));
        List<String> rows = chair.locator("#year-end-board tbody tr td a").allInnerTexts();
        assertThat(rows).containsSubsequence(
                "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW quý III/2025",
                TITLE,
                "Rà soát toàn bộ nhiệm vụ trước cuối năm, ưu tiên nhiệm vụ liên quan trực tiếp đến đời sống người dân",
                "Tăng cường vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
                "Tổ chức tập huấn toàn diện về công nghệ và chuyển đổi số cho cán bộ, công chức phường");
        assertThat(chair.locator("#year-end-board tbody tr").first()).containsText("Đang thực hiện quá hạn");
        assertThat(chair.locator("header")).containsText("Thông báo (");
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
