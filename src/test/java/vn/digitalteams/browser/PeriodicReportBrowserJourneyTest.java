package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.ScriptRequests;
import vn.digitalteams.browser.Browser.Screen;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The reporting journey in a real browser, the people on their phones: an activity recorded by totruong-ban-01
 * shows up prefilled in Bản 01's report task, which he finds in "Việc cần làm"; the commune team leader
 * consolidates with the villages side by side; the Chairman approves from his "Việc cần làm", is told the
 * report's number, and the BÁO CÁO opens as a PDF. Every phone screen is measured ({@link ScreenChecks}).
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class PeriodicReportBrowserJourneyTest {

    private static final String TEST = "PeriodicReportBrowserJourneyTest";
    private static final String CASE = "BC-tam-quang-2025-11";
    private static final By NOTICE = By.cssSelector(".dt-notice");

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;

    @Test
    void aRecordedActivityIsPrefilledTheLeaderConsolidatesAndTheChairmanApproves() {
        assertThat(rest.withBasicAuth("totruong-ban-01", "demo").postForEntity("/api/activities", ScriptRequests.json(
                Map.of("date", "2025-11-10", "type", "household-visit", "count", 37, "vulnerableCount", 9)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich");
        chairman.clickText("Bắt đầu quy trình");
        chairman.clickText("Báo cáo định kỳ của Tổ công nghệ số");
        chairman.fill("Kỳ báo cáo", "2025-11");
        chairman.fill("Hạn nộp báo cáo của các bản", VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(3)));
        chairman.screenshot("01-chairman-opens-cycle");
        chairman.clickButton("Yêu cầu các tổ báo cáo");
        chairman.waitUntil("the cycle to start", () -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CASE).count() == 1);
        chairman.close();

        String villageTask = "Báo cáo tháng 11 năm 2025: Bản 01";
        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01", Screen.PHONE);
        leader.clickText(villageTask);
        leader.visibleText("Kết quả hỗ trợ người dân");
        leader.waitUntil("the figures to be prefilled from the log",
                () -> "37".equals(leader.field("Đến từng hộ gia đình hướng dẫn (lượt hộ)").getDomProperty("value")));
        assertThat(leader.field("Trong đó: người cao tuổi, người yếu thế, vùng sâu được hỗ trợ").getDomProperty("value")).isEqualTo("9");
        leader.fill("Khó khăn, vướng mắc", "Nhiều hộ chưa có điện thoại thông minh.");
        ScreenChecks.check(leader, "02-leader-report-prefilled");
        leader.clickButton("Nộp báo cáo");
        leader.waitUntil("Bản 01's report to be in", () -> tasksOf("submitVillageReport").size() == 17);
        // He is told it is in, and that the other villages' reports are still due, as one step.
        assertThat(leader.visible(NOTICE).getText()).contains("Đã xong việc").contains(CASE)
                .contains("Báo cáo tháng 11 năm 2025 — 17 người").doesNotContain("Bản 02");
        ScreenChecks.check(leader, "03-leader-told-the-report-is-in");
        leader.close();
        for (Task task : tasksOf("submitVillageReport")) {
            cases.completeTaskAs(task.getAssignee(), task.getId(), Map.of("householdVisit", 3L, "vulnerableHelped", 1L));
        }

        String consolidation = "Tổng hợp báo cáo của xã: tháng 11 năm 2025";
        Browser communeLeader = Browser.loggedIn(port, TEST, "tasklist", "totruong-xa", Screen.PHONE);
        communeLeader.clickText(consolidation);
        communeLeader.clickText("Nhận việc");
        communeLeader.visibleText("Tổng cộng");
        assertThat(communeLeader.pageText()).contains("Bản 18").contains(String.valueOf(37 + 17 * 3)).contains("Xem dự thảo báo cáo");
        communeLeader.fill("Đánh giá chung", "Các Tổ bản hoàn thành kế hoạch tháng 11.");
        ScreenChecks.check(communeLeader, "04-commune-leader-consolidates");
        // The villages side by side, nine columns, on the phone's width.
        communeLeader.script("arguments[0].scrollIntoView({block: 'center'})",
                communeLeader.visible(By.cssSelector(".fjs-form-field-text table")));
        ScreenChecks.check(communeLeader, "04-commune-leader-reads-the-villages");
        communeLeader.clickButton("Gửi báo cáo tổng hợp");
        communeLeader.waitUntil("the report to go to the Chairman", () -> tasksOf("reviewReport").size() == 1);
        communeLeader.close();

        String review = "Duyệt báo cáo của Tổ công nghệ số: tháng 11 năm 2025";
        Browser approver = Browser.loggedIn(port, TEST, "tasklist", "chutich", Screen.PHONE);
        approver.clickText(review);
        approver.clickText("Nhận việc");
        approver.visibleText("Duyệt, ban hành báo cáo");
        approver.check("Duyệt, ban hành báo cáo");
        ScreenChecks.check(approver, "05-chairman-approves");
        approver.clickButton("Phê duyệt và ban hành báo cáo");
        approver.waitUntil("the report to be issued", () -> documents().size() == 1);
        assertThat(approver.visible(NOTICE).getText()).contains("Báo cáo số " + documents().get(0).get("number"));
        ScreenChecks.check(approver, "06-chairman-told-the-report");

        approver.open("/api/documents/" + documents().get(0).get("id") + "/pdf");
        approver.waitUntil("Chromium's PDF viewer to show the report", () -> "application/pdf".equals(
                ((JavascriptExecutor) approver.driver()).executeScript("return document.contentType")));
        approver.settle();
        approver.screenshot("07-chairman-opens-report-pdf");
    }

    /**
     * The return path in Tasklist: the commune team leader sees Bản 01's flagged figure with its explanation,
     * chooses to return it, picks Bản 01 among the villages the form lists (options the task supplies, split
     * by the form's FEEL) and writes a comment; Bản 01's leader finds his report with the comment and revises it.
     */
    @Test
    void theCommuneLeaderReturnsAFlaggedReportAndTheVillageLeaderRevisesIt() {
        String caseKey = "BC-tam-quang-2024-08";
        cases.startAs("chutich", "periodic-report", Map.of("period", "2024-08",
                "dueDate", VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(3))));
        for (Task task : tasksOf(caseKey, "submitVillageReport")) {
            boolean ban01 = "totruong-ban-01".equals(task.getAssignee());
            cases.completeTaskAs(task.getAssignee(), task.getId(), ban01
                    ? Map.of("householdVisit", 900L, "figuresExplanation", "Ra quân cùng Đoàn thanh niên cả tháng.")
                    : Map.of("householdVisit", 3L));
        }

        String comment = "Số lượt đến hộ gia đình chưa khớp sổ ghi nhận hoạt động.";
        Browser communeLeader = Browser.loggedIn(port, TEST, "tasklist", "totruong-xa");
        communeLeader.clickText("Tổng hợp báo cáo của xã: tháng 8 năm 2024");
        communeLeader.clickText("Nhận việc");
        communeLeader.visibleText("Số liệu vượt mức thường gặp");
        assertThat(communeLeader.pageText()).contains("Đến từng hộ gia đình hướng dẫn 900 (mức thường gặp 600)")
                .contains("Ra quân cùng Đoàn thanh niên cả tháng.");
        communeLeader.check("Trả lại báo cáo cho bản sửa");
        communeLeader.visibleText("Các bản trả lại để sửa");
        communeLeader.check("Bản 01");
        communeLeader.fill("Nội dung các bản cần sửa", comment);
        communeLeader.screenshot("08-commune-leader-returns-ban-01");
        communeLeader.clickButton("Trả lại cho bản sửa");
        communeLeader.waitUntil("Bản 01's report to go back", () -> tasksOf(caseKey, "reviseVillageReport").size() == 1);
        communeLeader.close();

        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01");
        leader.clickText("Sửa báo cáo tháng 8 năm 2024: Bản 01");
        leader.visibleText(comment);
        leader.waitUntil("the report as sent to be prefilled",
                () -> "900".equals(leader.field("Đến từng hộ gia đình hướng dẫn (lượt hộ)").getDomProperty("value")));
        leader.fill("Đến từng hộ gia đình hướng dẫn (lượt hộ)", "45");
        leader.screenshot("09-leader-revises");
        leader.clickButton("Nộp báo cáo đã sửa");
        leader.waitUntil("the report to be consolidated again", () -> tasksOf(caseKey, "consolidateReports").size() == 1);
        leader.close();
        assertThat(tasksOf(caseKey, "reviseVillageReport")).isEmpty();
    }

    private List<Task> tasksOf(String taskKey) {
        return tasksOf(CASE, taskKey);
    }

    private List<Task> tasksOf(String caseKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseKey).taskDefinitionKey(taskKey).list();
    }

    private List<Map<String, Object>> documents() {
        return rest.withBasicAuth("chutich", "demo").exchange("/api/documents?caseKey=" + CASE, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    }
}
