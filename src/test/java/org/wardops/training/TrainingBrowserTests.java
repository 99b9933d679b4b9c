package org.wardops.training;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.support.MutableClock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training flow in a real Chromium: Vĩnh Hội's officer files a training request; the department officer accepts
 * it into a session of the December course; weeks later the attendance sheets and the post-test complete two
 * officers; a certificate verifies on the public page without log-in; Vĩnh Hội's coverage of the topic rises by two.
 */
class TrainingBrowserTests extends org.wardops.support.ClockedBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreClock() {
        clock.set(MutableClock.STORY_NOW);
    }

    @Test
    void aRequestBecomesCompletionsACertificateAndCoverage() {
        UUID vinhHoi = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27286'").query(UUID.class).single();
        List<LocalDate> days = jdbc.sql("SELECT s.held_on FROM training_session s JOIN training_course c ON c.id = s.course_id "
                + "WHERE c.topic_code = 'DT_COMPREHENSIVE' ORDER BY s.held_on").query(LocalDate.class).list();
        Page officer = logIn("vinhhoi.officer");
        officer.navigate(url("/training/coverage?unitId=" + vinhHoi + "&topic=DT_COMPREHENSIVE"));
        int coveredBefore = Integer.parseInt(officer.locator("#coverage tbody tr td").nth(3).textContent().strip());

        officer.navigate(url("/training/requests"));
        officer.locator("#topic").selectOption("DT_COMPREHENSIVE");
        officer.locator("#people").fill("2");
        officer.locator("#preferredPeriod").fill(YearMonth.from(days.getFirst()).toString());
        officer.locator("#reason").fill("Hai công chức mới nhận công tác cần được bồi dưỡng chuyển đổi số cùng đợt.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu")).click();
        assertThat(officer.locator("#request-state")).containsText("Chờ xử lý");
        String requestUrl = officer.url();

        Page department = logIn("dept.sci");
        department.navigate(requestUrl);
        department.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận yêu cầu")).click();
        assertThat(department.locator(".notice")).containsText("2 người được ghi danh");
        assertThat(department.locator("#request-state")).containsText("Đã nhận");

        clock.set(days.getLast().plusDays(1).atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
        department.locator("#request-facts a").first().click();
        String courseUrl = department.locator(".breadcrumbs a").nth(1).getAttribute("href");
        for (int session = 0; session < days.size(); session++) {
            department.navigate(url(courseUrl));
            department.locator("#sessions tbody tr").nth(session).locator("td a").first().click();
            Locator rows = department.locator("#sheet-table tbody tr");
            for (int row = 0; row < 2; row++) {
                rows.nth(row).locator("input[type=checkbox]").check();
                if (session == days.size() - 1) {
                    rows.nth(row).locator("input[name^=pre_]").fill("45");
                    rows.nth(row).locator("input[name^=post_]").fill("85");
                }
            }
            department.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu điểm danh và điểm")).click();
            assertThat(department.locator(".notice")).containsText("Đã lưu điểm danh");
        }
        Locator certificate = department.locator("#sheet-table tbody tr").first().locator("td a");
        assertThat(certificate).hasText(java.util.regex.Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"));
        String code = certificate.textContent().strip();
        String name = department.locator("#sheet-table tbody tr").first().locator("th").textContent().strip();
        assertThat(department.locator("#sheet-table tbody tr").nth(1).locator("td a")).hasCount(1);

        Page anonymous = browser.newContext().newPage();
        anonymous.navigate(url("/certificates"));
        anonymous.locator("#code").fill(code);
        anonymous.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(anonymous.locator("#certificate-name")).hasText(name);
        assertThat(anonymous.locator("#certificate")).containsText("Chứng nhận hợp lệ");
        assertThat(anonymous.locator("header")).not().containsText("Đăng xuất");

        officer.navigate(url("/training/coverage?unitId=" + vinhHoi + "&topic=DT_COMPREHENSIVE"));
        assertThat(officer.locator("#coverage tbody tr td").nth(3)).hasText(String.valueOf(coveredBefore + 2));
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
