package vn.digitalteams.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.ScriptRequests;
import vn.digitalteams.WebappLogin;
import vn.digitalteams.shared.VietnameseDates;

/** GET /api/overview: the landing page's numbers, of the caller's commune only, through HTTP. */
@IntegrationTest
class OverviewApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    private Deployment periodicReport;

    @Test
    void anonymousCallersAreRefusedAndNobodyIsChallenged() {
        ResponseEntity<String> anonymous = rest.getForEntity("/api/overview", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
                .as("a browser asked for a password remembers it for other sites' forms").isFalse();

        HttpHeaders script = new HttpHeaders();
        script.add("X-Requested-With", "fetch");
        ResponseEntity<String> fromThePage = rest.exchange("/api/overview", HttpMethod.GET, new HttpEntity<>(script), String.class);
        assertThat(fromThePage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fromThePage.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(fromThePage.getBody()).contains("\"status\":401");
    }

    @Test
    void eachCommuneSeesItsOwnTeamsAndMembersAndAnAdminSeesAll() {
        Map<String, Object> tamQuang = overview("chutich");
        List<Map<String, Object>> teams = rest.withBasicAuth("chutich", "demo")
                .exchange("/api/teams", HttpMethod.GET, null, LIST).getBody();
        assertThat(tamQuang.get("allCommunes")).isEqualTo(false);
        assertThat(tamQuang.get("communes")).isEqualTo(List.of(Map.of("code", "tam-quang", "name", "Tam Quang")));
        assertThat(number(tamQuang, "teams")).isEqualTo(teams.size());
        // People count once, whatever number of teams they belong to; collaborators are not members.
        long memberships = teams.stream().mapToLong(team -> ((Number) team.get("memberCount")).longValue()).sum();
        assertThat(number(tamQuang, "members")).isPositive().isLessThanOrEqualTo(memberships);

        Map<String, Object> tamThai = overview("chutich-tamthai");
        assertThat(tamThai.get("communes")).isEqualTo(List.of(Map.of("code", "tam-thai", "name", "Tam Thái")));
        assertThat(number(tamThai, "teams")).isEqualTo(3);

        Map<String, Object> all = overview("admin");
        assertThat(all.get("allCommunes")).isEqualTo(true);
        assertThat(all.get("communes")).isEqualTo(List.of());
        assertThat(number(all, "teams")).isEqualTo(number(tamQuang, "teams") + number(tamThai, "teams"));
        assertThat(number(all, "members")).isEqualTo(number(tamQuang, "members") + number(tamThai, "members"));
    }

    @Test
    void aReferralWaitsForTheChairmanOfItsCommuneOnlyAndItsApprovalAddsAMember() {
        Map<String, Object> before = overview("chutich");
        long otherCommuneBefore = number(overview("chutich-tamthai"), "openApprovals");

        String caseKey = (String) post("totruong-ban-03", "/engine-rest/process-definition/key/membership-registration/start",
                Map.of("variables", typed(referral()))).getBody().get("businessKey");

        assertThat(number(overview("chutich"), "openApprovals")).isEqualTo(number(before, "openApprovals") + 1);
        // A leader may not read the Chairman's task, but the commune's numbers count it.
        assertThat(number(overview("totruong-ban-05"), "openApprovals")).isEqualTo(number(before, "openApprovals") + 1);
        assertThat(number(overview("chutich-tamthai"), "openApprovals")).isEqualTo(otherCommuneBefore);

        String taskId = (String) rest.withBasicAuth("chutich", "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody().get(0).get("id");
        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "chutich")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(number(overview("chutich"), "openApprovals")).as("claimed, still waiting")
                .isEqualTo(number(before, "openApprovals") + 1);

        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", typed(Map.of("approved", true)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> after = overview("chutich");
        assertThat(number(after, "openApprovals")).isEqualTo(number(before, "openApprovals"));
        assertThat(number(after, "members")).isEqualTo(number(before, "members") + 1);
    }

    @Test
    void scamReportsInHandAreCountedInTheirCommune() {
        long tamQuang = number(overview("congan"), "openScamReports");
        long tamThai = number(overview("congan-tamthai"), "openScamReports");

        assertThat(post("totruong-ban-04", "/engine-rest/process-definition/key/scam-report/start",
                Map.of("variables", typed(scamReport()))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(number(overview("congan"), "openScamReports")).isEqualTo(tamQuang + 1);
        assertThat(number(overview("totruong-ban-04"), "openScamReports")).isEqualTo(tamQuang + 1);
        assertThat(number(overview("congan-tamthai"), "openScamReports")).isEqualTo(tamThai);

        assertThat(post("totruong-tamthai-ban-01", "/engine-rest/process-definition/key/scam-report/start",
                Map.of("variables", typed(scamReport()))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(number(overview("congan-tamthai"), "openScamReports")).isEqualTo(tamThai + 1);
        assertThat(number(overview("congan"), "openScamReports")).isEqualTo(tamQuang + 1);
    }

    @Test
    void periodicReportTasksPastTheirDueDateAreOverdue() {
        // A stand-in for the periodic-report process (written elsewhere): a commune-leader task with a due date.
        periodicReport = repositoryService.createDeployment().name("periodic-report-stand-in")
                .addModelInstance("periodic-report.bpmn", Bpmn.createExecutableProcess("periodic-report")
                        .name("Báo cáo định kỳ (thử)").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("submitReport").name("Nộp báo cáo tháng").camundaCandidateGroups("commune-leader")
                        .camundaDueDate("${due}").endEvent().done())
                .deploy();
        long tamQuang = number(overview("chutich"), "overdueReports");
        long tamThai = number(overview("chutich-tamthai"), "overdueReports");
        Date yesterday = Date.from(Instant.now().minus(1, ChronoUnit.DAYS));
        Date tomorrow = Date.from(Instant.now().plus(1, ChronoUnit.DAYS));

        startReport("tam-quang", yesterday);
        startReport("tam-quang", tomorrow);
        startReport("tam-thai", yesterday);

        assertThat(number(overview("chutich"), "overdueReports")).isEqualTo(tamQuang + 1);
        assertThat(number(overview("totruong-xa"), "overdueReports")).isEqualTo(tamQuang + 1);
        assertThat(number(overview("chutich-tamthai"), "overdueReports")).isEqualTo(tamThai + 1);
    }

    @Test
    void aTasklistSessionReadsTheOverviewAsTheLandingPageDoes() {
        HttpHeaders session = WebappLogin.login(rest, "tasklist", "totruong-ban-02").session();
        session.add("X-Requested-With", "fetch");

        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/overview", HttpMethod.GET, new HttpEntity<>(session), OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("communes")).isEqualTo(List.of(Map.of("code", "tam-quang", "name", "Tam Quang")));
    }

    @AfterEach
    void removeTheStandIn() {
        if (periodicReport != null) {
            repositoryService.deleteDeployment(periodicReport.getId(), true);
        }
    }

    private void startReport(String commune, Date due) {
        runtimeService.startProcessInstanceByKey("periodic-report",
                Map.of("communeCode", commune, "due", due));
    }

    private Map<String, Object> overview(String user) {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
                .exchange("/api/overview", HttpMethod.GET, null, OBJECT);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static long number(Map<String, Object> overview, String figure) {
        return ((Number) overview.get(figure)).longValue();
    }

    private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
                .exchange(url, HttpMethod.POST, ScriptRequests.json(body), OBJECT);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", user, url, response.getBody()).isTrue();
        return response;
    }

    private static Map<String, Object> referral() {
        Map<String, Object> referral = new HashMap<>();
        referral.put("fullName", "Vi Thị Tổng Quan");
        referral.put("birthDate", "1996-07-14");
        referral.put("gender", "female");
        referral.put("citizenId", "040196733312");
        referral.put("villageCode", "ban-03");
        referral.put("occupation", "Y tá");
        referral.put("isStudent", false);
        referral.put("referralReason", "Hướng dẫn bà con dùng Sổ sức khỏe điện tử.");
        return referral;
    }

    private static Map<String, Object> scamReport() {
        Map<String, Object> report = new HashMap<>();
        report.put("villageCode", "ban-01");
        report.put("category", "fake-app");
        report.put("channel", "zalo");
        report.put("occurredOn", LocalDate.now(VietnameseDates.ZONE).minusDays(1).toString());
        report.put("description", "Được nhắn tin qua Zalo mời cài ứng dụng dịch vụ công giả mạo để nhận trợ cấp.");
        report.put("scammerContact", "0" + (800_000_000 + (int) (Math.random() * 99_999_999)));
        report.put("amountLost", 0L);
        report.put("moneyStillMoving", false);
        return report;
    }

    /** Engine REST's typed-variable form: {"name": {"value": ...}}. */
    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }
}
