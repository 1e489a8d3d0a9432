package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.browser.Browser.Screen;

/**
 * Journey 1 in a real browser, on a phone (390×844): totruong-ban-01 refers a resident in Tasklist's start
 * form and is told the case number and who decides by when; the Chairman finds the approval in "Việc cần làm",
 * reads the draft before taking the task, approves and is told the decision's number; the member and the
 * decision appear, and the leader follows the case in "Hồ sơ tôi đã gửi". Every screen is measured
 * ({@link ScreenChecks}: nothing sideways, no cut label, no raw key or English) and photographed.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class MembershipBrowserJourneyTest {

    private static final String TEST = "MembershipBrowserJourneyTest";
    private static final By MENU = By.cssSelector("[cam-widget-header] .navbar-toggle");
    private static final By NOTICE = By.cssSelector(".dt-notice");
    private static final String PROCESS = "Kết nạp thành viên Tổ công nghệ số";
    private static final String NAME = "Hà Thị Trình Duyệt";
    /** Female, born 1996 in the 1900s: "040" + "1" + "96" + a serial no other test uses. */
    private static final String CITIZEN_ID = "040196512321";

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeaderRefersInTasklistTheChairmanApprovesAndTheMemberAndDecisionAppear() {
        // A village head on his phone: the start is in the header's menu.
        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01", Screen.PHONE);
        leader.click(MENU);
        leader.clickText("Bắt đầu quy trình");
        // Daily work first (the list is put in order once the processes' keys are read).
        leader.waitUntil("daily work first in the list", () -> "Ghi nhận hoạt động của Tổ".equals(
                leader.visible(By.cssSelector("ul.processes li:first-child")).getText()));
        leader.clickText(PROCESS);
        leader.fill("Họ và tên", NAME);
        leader.fill("Ngày sinh", "12/04/1996");
        leader.select("Giới tính", "Nữ");
        leader.fill("Số CCCD (12 chữ số)", CITIZEN_ID);
        leader.fill("Số điện thoại", "0912345671");
        leader.select("Bản nơi cư trú", "Bản 01");
        leader.fill("Nghề nghiệp", "Giáo viên tiểu học");
        leader.fill("Lý do giới thiệu", "Thành thạo VNeID, nhiệt tình hướng dẫn bà con.");
        ScreenChecks.check(leader, "01-leader-referral-filled");
        leader.clickButton("Gửi hồ sơ kết nạp");
        leader.waitUntil("the referral to start a case", () -> caseOf(CITIZEN_ID) != null);
        String caseKey = caseOf(CITIZEN_ID).getBusinessKey();
        assertThat(caseKey).matches("TV-\\d{4}-\\d{4}");
        // He is told the case number, whose step it is now and its deadline.
        leader.visibleText("Đã gửi hồ sơ " + caseKey + ".");
        assertThat(leader.visible(NOTICE).getText()).contains("Phê duyệt kết nạp: " + NAME + " – Bản 01")
                .contains("Chủ tịch UBND xã hoặc Phó Chủ tịch UBND xã").containsPattern("hạn .+ \\(còn \\d+ ngày\\)");
        ScreenChecks.check(leader, "02-leader-told-the-case-number");
        leader.clickButton("Đã hiểu");
        assertThat(jdbc.queryForObject("select birth_date from registration_case where citizen_id = ?", LocalDate.class,
                CITIZEN_ID)).isEqualTo(LocalDate.of(1996, 4, 12));
        leader.close();

        // The Chairman opens Tasklist on his phone: the approval is in "Việc cần làm", the list it opens on.
        String taskName = "Phê duyệt kết nạp: " + NAME + " – Bản 01";
        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich", Screen.PHONE);
        chairman.visibleText(taskName);
        assertThat(chairman.visible(By.cssSelector(".task-filters .task-filter.active")).getText()).startsWith("Việc cần làm");
        ScreenChecks.check(chairman, "03-chairman-to-do");
        chairman.clickText(taskName);
        chairman.visibleText("Giáo viên tiểu học");
        // The draft can be read before taking the task, in a tab of its own.
        WebElement draft = chairman.driver().findElement(Browser.textLocator("Xem dự thảo quyết định (PDF)"));
        chairman.waitUntil("the draft to open in a new tab", () -> "_blank".equals(draft.getAttribute("target")));
        assertThat(draft.getAttribute("href")).endsWith("/api/documents/drafts/" + caseKey);
        assertThat(chairman.script("return getComputedStyle(arguments[0]).pointerEvents", draft)).isEqualTo("auto");
        ScreenChecks.check(chairman, "04-chairman-reads-before-claiming");
        chairman.clickText("Nhận việc");
        chairman.visibleText("Đồng ý kết nạp");
        // The form's data comes from the case record (engine API's form-variables), typed text as typed.
        chairman.visibleText("Thành thạo VNeID, nhiệt tình hướng dẫn bà con.");
        chairman.visibleText("12/04/1996");
        chairman.check("Đồng ý kết nạp");
        ScreenChecks.check(chairman, "05-chairman-approves");
        chairman.clickButton("Phê duyệt và ban hành quyết định");
        chairman.waitUntil("the approval to issue the decision", () -> documents(caseKey).size() == 1);
        // He is told the decision was issued, with its number, and what the leader does next.
        String number = (String) documents(caseKey).get(0).get("number");
        assertThat(chairman.visible(NOTICE).getText()).contains("Quyết định số " + number)
                .contains("Thông báo đã được kết nạp: " + NAME);
        ScreenChecks.check(chairman, "06-chairman-told-the-decision");
        chairman.close();

        Map<String, Object> team = rest.withBasicAuth("chutich", "demo").exchange("/api/teams/tam-quang-ban-01",
                HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
        List<Map<String, Object>> people = new java.util.ArrayList<>((List<Map<String, Object>>) team.get("members"));
        people.addAll((List<Map<String, Object>>) team.get("collaborators"));
        assertThat(people).anySatisfy(person -> assertThat(person.get("fullName")).isEqualTo(NAME));

        List<Map<String, Object>> documents = documents(caseKey);
        assertThat(documents).singleElement().satisfies(document ->
                assertThat(document.get("type")).isEqualTo("admission-decision"));
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("totruong-ban-01", "demo")
                .getForEntity("/api/documents/" + documents.get(0).get("id") + "/pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The leader follows what he sent in "Hồ sơ tôi đã gửi", and opens the decision from there.
        Browser leaderAgain = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01", Screen.PHONE);
        leaderAgain.click(MENU);
        leaderAgain.clickText("Hồ sơ tôi đã gửi");
        leaderAgain.visibleText(caseKey + " · " + PROCESS);
        assertThat(leaderAgain.pageText()).contains("Quyết định số " + documents.get(0).get("number"));
        ScreenChecks.check(leaderAgain, "07-leader-follows-his-cases");
        leaderAgain.open("/api/documents/" + documents.get(0).get("id") + "/pdf");
        leaderAgain.waitUntil("Chromium's PDF viewer to show the decision", () -> "application/pdf".equals(
                ((org.openqa.selenium.JavascriptExecutor) leaderAgain.driver()).executeScript("return document.contentType")));
        leaderAgain.settle();
        leaderAgain.screenshot("08-leader-opens-decision-pdf");
    }

    /** The running case referring this person, found through its record: citizen ids are no variables. */
    private ProcessInstance caseOf(String citizenId) {
        List<Map<String, Object>> records = jdbc.queryForList(
                "select commune_code, case_key from registration_case where citizen_id = ?", citizenId);
        return records.isEmpty() ? null : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("membership-registration").tenantIdIn((String) records.get(0).get("COMMUNE_CODE"))
                .processInstanceBusinessKey((String) records.get(0).get("CASE_KEY")).singleResult();
    }

    private List<Map<String, Object>> documents(String caseKey) {
        return rest.withBasicAuth("totruong-ban-01", "demo").exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    }
}
