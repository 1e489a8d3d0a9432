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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;

/**
 * Journey 1 in a real browser: totruong-ban-01 refers a resident in Tasklist's start form, the
 * Chairman approves in Tasklist from his "Chờ phê duyệt" filter, the member and the decision appear.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class MembershipBrowserJourneyTest {

    private static final String TEST = "MembershipBrowserJourneyTest";
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
        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01");
        leader.clickText("Bắt đầu quy trình");
        leader.clickText(PROCESS);
        leader.fill("Họ và tên", NAME);
        leader.fill("Ngày sinh", "12/04/1996");
        leader.select("Giới tính", "Nữ");
        leader.fill("Số CCCD (12 chữ số)", CITIZEN_ID);
        leader.fill("Số điện thoại", "0912345671");
        leader.select("Bản nơi cư trú", "Bản 01");
        leader.fill("Nghề nghiệp", "Giáo viên tiểu học");
        leader.fill("Lý do giới thiệu", "Thành thạo VNeID, nhiệt tình hướng dẫn bà con.");
        leader.screenshot("01-leader-referral-filled");
        leader.clickButton("Bắt đầu");
        leader.waitUntil("the referral to start a case", () -> caseOf(CITIZEN_ID) != null);
        leader.screenshot("02-leader-referral-started");
        String caseKey = caseOf(CITIZEN_ID).getBusinessKey();
        assertThat(caseKey).matches("TV-\\d{4}-\\d{4}");
        assertThat(jdbc.queryForObject("select birth_date from registration_case where citizen_id = ?", LocalDate.class,
                CITIZEN_ID)).isEqualTo(LocalDate.of(1996, 4, 12));
        leader.close();

        String taskName = "Phê duyệt kết nạp: " + NAME + " – Bản 01";
        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich");
        chairman.clickText("Chờ phê duyệt");
        chairman.visibleText(taskName);
        assertThat(chairman.pageText()).contains("Hạn xử lý");
        chairman.screenshot("03-chairman-awaiting-approval");
        chairman.clickText(taskName);
        chairman.clickText("Nhận việc");
        chairman.visibleText("Đồng ý kết nạp");
        // The form's data comes from the case record (engine API's form-variables), typed text as typed.
        chairman.visibleText("Giáo viên tiểu học");
        chairman.visibleText("Thành thạo VNeID, nhiệt tình hướng dẫn bà con.");
        chairman.visibleText("12/04/1996");
        assertThat(chairman.driver().findElement(Browser.textLocator("Xem dự thảo quyết định (PDF)")).getAttribute("href"))
                .endsWith("/api/documents/drafts/" + caseKey);
        chairman.check("Đồng ý kết nạp");
        chairman.screenshot("04-chairman-approves");
        chairman.clickButton("Hoàn thành");
        chairman.waitUntil("the approval to issue the decision", () -> documents(caseKey).size() == 1);
        chairman.waitUntil("the task to leave the list",
                () -> chairman.driver().findElements(Browser.textLocator(taskName)).isEmpty());
        chairman.screenshot("05-chairman-after-approval");

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

        // The leader sees the decision too, in the browser, as a person would open it.
        Browser leaderAgain = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01");
        leaderAgain.open("/api/documents/" + documents.get(0).get("id") + "/pdf");
        leaderAgain.waitUntil("Chromium's PDF viewer to show the decision", () -> "application/pdf".equals(
                ((org.openqa.selenium.JavascriptExecutor) leaderAgain.driver()).executeScript("return document.contentType")));
        leaderAgain.settle();
        leaderAgain.screenshot("06-leader-opens-decision-pdf");
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
