package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.browser.Browser.Screen;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Journey 2 in a real browser: totruong-ban-02 files a scam report in Tasklist on his phone and is told the
 * case number and who handles it by when; the commune police, on a phone too, find it, marked urgent, in
 * "Việc cần làm" (the list Tasklist opens on) and in "Tin báo lừa đảo", and record the outcome; the Chairman's
 * Tasklist never shows it. The phone screens are measured ({@link ScreenChecks}) and photographed.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class ScamReportBrowserJourneyTest {

    private static final String TEST = "ScamReportBrowserJourneyTest";
    private static final String PROCESS = "Phản ánh lừa đảo, tin giả";
    private static final By MENU = By.cssSelector("[cam-widget-header] .navbar-toggle");
    private static final By NOTICE = By.cssSelector(".dt-notice");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;

    @Test
    void aLeaderFilesAReportThePoliceHandleItAndTheChairmanNeverSeesIt() {
        String description = "Kẻ gian chiếm tài khoản Zalo, nhắn người thân vay tiền. Mã " + UUID.randomUUID();
        String occurredOn = LocalDate.now(VietnameseDates.ZONE).minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-02", Screen.PHONE);
        leader.click(MENU);
        leader.clickText("Bắt đầu quy trình");
        leader.clickText(PROCESS);
        leader.fill("Họ tên người phản ánh", "Vì Văn Báo");
        leader.select("Bản nơi cư trú", "Bản 02");
        leader.select("Loại lừa đảo", "Chiếm đoạt tài khoản");
        leader.select("Kênh tiếp cận", "Zalo");
        leader.fill("Ngày xảy ra", occurredOn);
        leader.fill("Mô tả sự việc", description);
        leader.fill("Số điện thoại, tài khoản, đường link của đối tượng", "0977 123 456");
        leader.fill("Số tiền bị mất (đồng)", "3000000");
        ScreenChecks.check(leader, "01-leader-report-filled");
        leader.clickButton("Gửi phản ánh");
        leader.waitUntil("the report to start a case", () -> caseKeyOf(description) != null);
        String caseKey = caseKeyOf(description);
        assertThat(caseKey).matches("LD-\\d{4}-\\d{4}");
        String taskName = "Xác minh, xử lý phản ánh: " + caseKey + " (Khẩn cấp)";
        // He is told the case number and that the commune police handle it, by when.
        leader.visibleText("Đã gửi hồ sơ " + caseKey + ".");
        assertThat(leader.visible(NOTICE).getText()).contains(taskName).contains("Công an xã")
                .containsPattern("hạn .+ \\(còn .+\\)");
        ScreenChecks.check(leader, "02-leader-told-the-case-number");
        leader.clickButton("Đã hiểu");
        leader.close();
        Task policeTask = taskService.createTaskQuery().processInstanceBusinessKey(caseKey).singleResult();
        assertThat(policeTask.getName()).isEqualTo(taskName);
        assertThat(policeTask.getDueDate()).isNotNull();

        // The police open Tasklist on their daily list: the report is there, marked urgent.
        Browser police = Browser.loggedIn(port, TEST, "tasklist", "congan", Screen.PHONE);
        police.visibleText(taskName);
        assertThat(police.visible(By.cssSelector(".task-filters .task-filter.active")).getText()).startsWith("Việc cần làm");
        police.waitUntil("the report to be marked urgent",
                () -> !police.driver().findElements(By.cssSelector(".tasks-list li.dt-urgent")).isEmpty());
        police.clickText("Tin báo lừa đảo");
        police.visibleText(taskName);
        assertThat(police.pageText()).contains(taskName).contains("Hạn xử lý");
        ScreenChecks.check(police, "03-police-scam-reports");

        // While the report waits for the police, the Chairman's Tasklist does not show it.
        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich");
        chairman.visibleText("Chờ phê duyệt");
        chairman.settle();
        assertThat(chairman.pageText()).doesNotContain(caseKey).doesNotContain("Xác minh, xử lý phản ánh");
        chairman.screenshot("04-chairman-does-not-see-it");
        chairman.close();

        police.clickText(taskName);
        police.clickText("Nhận việc");
        police.visibleText("Đã gọi điện cho người phản ánh");
        assertThat(police.pageText()).contains(description).contains("Vì Văn Báo");
        police.check("Đã gọi điện cho người phản ánh");
        police.check("Đã liên hệ ngân hàng đề nghị phong tỏa");
        police.check("Đã xử lý xong");
        police.fill("Ghi chú của Công an xã", "Đã hướng dẫn khôi phục tài khoản Zalo và báo ngân hàng.");
        ScreenChecks.check(police, "05-police-records-outcome");
        police.clickButton("Gửi kết quả xác minh");
        police.waitUntil("the police task to complete", () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(caseKey).taskName(taskName).count() == 0);
        // They are told it is done and that the leader now tells the resident.
        assertThat(police.visible(NOTICE).getText()).contains("Đã xong việc").contains(caseKey)
                .contains("Báo kết quả cho người dân: " + caseKey);
        police.waitUntil("the task to leave the police list", () -> police.driver().findElements(By.cssSelector(".tasks-list"))
                .stream().noneMatch(list -> list.getText().contains(taskName)));
        ScreenChecks.check(police, "06-police-after-completion");

        assertThat(jdbc.queryForMap("select outcome, status, handled_by from scam_report where commune_code = 'tam-quang' "
                + "and case_key = ?", caseKey)).containsEntry("OUTCOME", "handled").containsEntry("STATUS", "HANDLED")
                .containsEntry("HANDLED_BY", "congan");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseKey).singleResult().getAssignee())
                .isEqualTo("totruong-ban-02");
    }

    /** The case the report was filed as, found by its record: the description is no process variable. */
    private String caseKeyOf(String description) {
        return jdbc.query("select case_key from scam_report where description = ?",
                (rs, row) -> rs.getString(1), description).stream().findFirst().orElse(null);
    }
}
