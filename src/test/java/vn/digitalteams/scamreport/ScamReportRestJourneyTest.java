package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;

/**
 * A scam report through the real REST APIs, as Tasklist and scripts use them: totruong-ban-01 files
 * it, congan handles it, the Chairman and Tam Thái's police see nothing, the warning is published
 * without the reporter.
 */
@IntegrationTest
class ScamReportRestJourneyTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final String START = "/engine-rest/process-definition/key/scam-report/start";

    @Autowired TestRestTemplate rest;

    @Test
    void aLeaderReportsThePoliceHandleItAndTheWarningAppearsWithoutTheReporter() {
        Map<String, Object> report = ScamReportProcessTest.report("impersonation", 0L);
        report.put("moneyStillMoving", true);
        ResponseEntity<Map<String, Object>> started = post("totruong-ban-01", START, Map.of("variables", variables(report)));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseKey = (String) started.getBody().get("businessKey");
        assertThat(caseKey).matches("LD-\\d{4}-\\d{4}");

        String tasksOfCase = "/engine-rest/task?processInstanceBusinessKey=" + caseKey;
        List<Map<String, Object>> tasks = get("congan", tasksOfCase, LIST).getBody();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.get("name")).isEqualTo("Xác minh, xử lý phản ánh " + caseKey + " (Khẩn cấp)");
            assertThat(task.get("due")).isNotNull();
        });
        String taskId = (String) tasks.get(0).get("id");
        assertThat(get("congan", "/engine-rest/task/" + taskId + "/variables/severity", OBJECT).getBody())
                .containsEntry("value", "urgent");
        for (String outsider : List.of("chutich", "congan-tamthai", "totruong-ban-01")) {
            assertThat(get(outsider, tasksOfCase, LIST).getBody()).as(outsider).isEmpty();
        }
        assertThat(get("chutich", "/engine-rest/process-instance?businessKey=" + caseKey, LIST).getBody()).isEmpty();

        String pattern = "Gọi video giả mạo công an xã, đòi chuyển tiền tạm giữ " + UUID.randomUUID();
        assertThat(post("congan", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "congan")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> review = new HashMap<>(Map.of("actionCalledReporter", true, "actionBankFreeze", true,
                "outcome", "handled", "warningApproved", true, "warningPattern", pattern,
                "warningAdvice", "Công an không yêu cầu chuyển tiền qua điện thoại hay video; hãy báo ngay Công an xã."));
        assertThat(post("congan", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables(review)))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> closeOut = get("totruong-ban-01", tasksOfCase, LIST).getBody();
        assertThat(closeOut).singleElement().satisfies(task -> assertThat(task.get("assignee")).isEqualTo("totruong-ban-01"));
        assertThat(post("totruong-ban-01", "/engine-rest/task/" + closeOut.get(0).get("id") + "/complete",
                Map.of("variables", Map.of())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> warnings = rest.withBasicAuth("totruong-ban-02", "demo")
                .getForEntity("/api/warnings?commune=tam-quang", String.class);
        assertThat(warnings.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(warnings.getBody()).contains(pattern).contains("Giả danh công an, cán bộ nhà nước")
                .doesNotContain("0912345678").doesNotContain("Lò Thị Phản Ánh").doesNotContain(caseKey);
        List<Map<String, Object>> listed = get("totruong-ban-02", "/api/warnings?commune=tam-quang", LIST).getBody();
        assertThat(listed).filteredOn(warning -> pattern.equals(warning.get("pattern"))).singleElement().satisfies(warning -> {
            assertThat(warning).containsEntry("category", "impersonation").containsEntry("channel", "phone")
                    .containsEntry("channelLabel", "Cuộc gọi điện thoại").containsKey("publishedOn");
            assertThat((String) warning.get("shareText")).startsWith("⚠️ CẢNH BÁO LỪA ĐẢO").contains(pattern);
        });
        assertThat(get("chutich-tamthai", "/api/warnings?commune=tam-quang", OBJECT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("chutich-tamthai", "/api/warnings", LIST).getBody())
                .noneSatisfy(warning -> assertThat(warning.get("pattern")).isEqualTo(pattern));
    }

    @Test
    void badInputThroughEngineRestIs400WithOnlyTheVietnameseMessage() {
        Map<String, Object> negative = ScamReportProcessTest.report("other", -5L);
        Map<String, Object> noDescription = ScamReportProcessTest.report("other", 0L);
        noDescription.remove("description");
        Map<String, Object> wrongType = ScamReportProcessTest.report("other", 0L);
        Map<String, Object> typedWrongType = variables(wrongType);
        typedWrongType.put("evidence", Map.of("type", "File",
                "value", Base64.getEncoder().encodeToString("<html>not a photo</html>".getBytes()),
                "valueInfo", Map.of("filename", "anh.png", "mimetype", "image/png")));

        assertRefused(variables(negative), "Số tiền bị mất phải là số nguyên từ 0 đến 1.000.000.000.000.");
        assertRefused(variables(noDescription), "Vui lòng nhập Mô tả sự việc.");
        assertRefused(typedWrongType, "Tệp bằng chứng phải là ảnh (JPEG, PNG) hoặc tệp PDF.");
    }

    @Test
    void theChairmanCannotFileAReport() {
        ResponseEntity<Map<String, Object>> response = post("chutich", START,
                Map.of("variables", variables(ScamReportProcessTest.report("other", 0L))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void assertRefused(Map<String, Object> typedVariables, String message) {
        ResponseEntity<Map<String, Object>> response = post("totruong-ban-01", START, Map.of("variables", typedVariables));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("message", message);
    }

    /** Engine REST's typed-variable form: {"name": {"value": ...}}; amounts as Long, as the form sends them. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, value instanceof Long
                ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
        return typed;
    }

    private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    }

    private <T> ResponseEntity<T> get(String user, String url, ParameterizedTypeReference<T> type) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, type);
    }
}
