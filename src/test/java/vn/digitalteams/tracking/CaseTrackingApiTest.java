package vn.digitalteams.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;

/**
 * After a referral the leader is told its case number and that it waits for the Chairman, with the deadline;
 * after approving, the Chairman is told the decision was issued and the leader now informs the resident; the
 * leader's "Hồ sơ tôi đã gửi" follows it. Nobody else learns anything of it (404).
 */
@IntegrationTest
class CaseTrackingApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;

    @Test
    @SuppressWarnings("unchecked")
    void theLeaderAndTheChairmanAreToldWhatHappenedAndWhatComesNext() {
        Map<String, Object> started = refer("Lò Thị Mười Bốn", "040196720001");
        String caseKey = (String) started.get("businessKey");

        Map<String, Object> afterStart = get("totruong-ban-01", "/api/cases/progress?processInstanceId=" + started.get("id")).getBody();
        assertThat(afterStart).containsEntry("caseKey", caseKey).containsEntry("headline", "Đã gửi hồ sơ " + caseKey + ".")
                .containsEntry("finished", false);
        Map<String, Object> approval = ((List<Map<String, Object>>) afterStart.get("nextSteps")).get(0);
        assertThat(approval.get("task")).isEqualTo("Phê duyệt kết nạp: Lò Thị Mười Bốn – Bản 01");
        assertThat(approval.get("who")).isEqualTo("Chủ tịch UBND xã hoặc Phó Chủ tịch UBND xã");
        assertThat((String) approval.get("dueText")).matches("hạn \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4} \\(còn \\d+ (ngày|giờ)\\)");

        String taskId = taskOf("chutich", caseKey);
        post("chutich", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "chutich"));
        post("chutich", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of("approved", Map.of("value", true))));

        Map<String, Object> afterApproval = get("chutich", "/api/cases/progress?taskId=" + taskId).getBody();
        assertThat((String) afterApproval.get("headline")).startsWith("Đã xong việc “Phê duyệt kết nạp: Lò Thị Mười Bốn");
        Map<String, Object> decision = ((List<Map<String, Object>>) afterApproval.get("documents")).get(0);
        assertThat((String) decision.get("title")).matches("Quyết định số \\d{2,}/QĐ-UBND ngày \\d{2}/\\d{2}/\\d{4} công nhận thành viên");
        assertThat((String) decision.get("url")).matches("/api/documents/\\d+/pdf");
        Map<String, Object> notice = ((List<Map<String, Object>>) afterApproval.get("nextSteps")).get(0);
        assertThat(notice.get("who")).as("the referring leader, by name").isNotEqualTo("chưa có người nhận")
                .isNotEqualTo("totruong-ban-01");

        List<Map<String, Object>> mine = rest.withBasicAuth("totruong-ban-01", "demo").exchange("/api/cases/mine",
                HttpMethod.GET, new HttpEntity<>(xhr()), LIST).getBody();
        Map<String, Object> followed = mine.stream().filter(c -> caseKey.equals(c.get("caseKey"))).findFirst().orElseThrow();
        assertThat((String) followed.get("headline")).startsWith("Đang chờ: ");
        assertThat((List<?>) followed.get("documents")).hasSize(1);
    }

    @Test
    void anActivityRecordedIsAcknowledgedWithoutACaseNumber() {
        Map<String, Object> variables = new HashMap<>();
        Map.of("date", "2026-11-20", "type", "household-visit", "count", 2, "vulnerableCount", 0)
                .forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("totruong-ban-01", "demo").exchange(
                "/engine-rest/process-definition/key/activity-record/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), json()), OBJECT);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);

        Map<String, Object> afterStart = get("totruong-ban-01", "/api/cases/progress?processInstanceId="
                + started.getBody().get("id")).getBody();
        assertThat(afterStart).containsEntry("headline", "Đã ghi nhận.").containsEntry("caseKey", null)
                .containsEntry("procedure", "Ghi nhận hoạt động của Tổ").containsEntry("finished", true);
    }

    @Test
    void nobodyElseLearnsAnythingOfTheCase() {
        Map<String, Object> started = refer("Lò Thị Mười Lăm", "040196720002");
        String query = "/api/cases/progress?processInstanceId=" + started.get("id");
        for (String stranger : List.of("totruong-ban-02", "chutich", "chutich-tamthai")) {
            ResponseEntity<Map<String, Object>> answer = get(stranger, query);
            assertThat(answer.getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat((String) answer.getBody().get("message")).startsWith("Không tìm thấy hồ sơ");
        }
        String taskId = taskOf("chutich", (String) started.get("businessKey"));
        assertThat(get("chutich", "/api/cases/progress?taskId=" + taskId).getStatusCode())
                .as("a task not yet done by the caller").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("totruong-ban-01", "/api/cases/progress").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private Map<String, Object> refer(String fullName, String citizenId) {
        Map<String, Object> variables = new HashMap<>();
        Map.of("fullName", fullName, "birthDate", "08/03/1996", "gender", "female", "citizenId", citizenId,
                "villageCode", "ban-01", "referralReason", "Hướng dẫn bà con cài VNeID.")
                .forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("totruong-ban-01", "demo").exchange(
                "/engine-rest/process-definition/key/membership-registration/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), json()), OBJECT);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return started.getBody();
    }

    private String taskOf(String user, String caseKey) {
        List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private ResponseEntity<Map<String, Object>> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, new HttpEntity<>(xhr()), OBJECT);
    }

    private void post(String user, String url, Object body) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST,
                new HttpEntity<>(body, json()), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(url + ": " + answer.getBody()).isTrue();
    }

    private static HttpHeaders xhr() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        return headers;
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
