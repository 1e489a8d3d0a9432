package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.engineapi.FormView;

/**
 * A scam report through the real REST APIs, as Tasklist and scripts use them: totruong-ban-01 files
 * it, congan handles it, the Chairman and Tam Thái's police see nothing, the warning is published
 * without the reporter. The forms' data come from the case record ({@code task/{id}/form-variables}).
 */
@IntegrationTest
class ScamReportRestJourneyTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final String START = "/engine-rest/process-definition/key/scam-report/start";

    private static final String POLICE_NOTE = "Ghi chú nội bộ: đối tượng có tiền án, đang phối hợp Công an tỉnh.";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

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
            assertThat(task.get("name")).isEqualTo("Xác minh, xử lý phản ánh: " + caseKey + " (Khẩn cấp)");
            assertThat(task.get("due")).isNotNull();
        });
        String taskId = (String) tasks.get(0).get("id");
        // The filer sends the resident's screenshot after filing; the police form links it.
        String evidence = "/api/scam-reports/" + caseKey + "/evidence";
        byte[] screenshot = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        HttpHeaders jpeg = new HttpHeaders();
        jpeg.setContentType(MediaType.IMAGE_JPEG);
        jpeg.set("X-Requested-With", "XMLHttpRequest");
        assertThat(rest.withBasicAuth("totruong-ban-01", "demo").postForEntity(evidence, new HttpEntity<>(screenshot, jpeg),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(formData("congan", taskId)).containsEntry("severityLabel", "Khẩn cấp")
                .containsEntry("reporterPhoneText", "0912345678").containsEntry("caseKey", FormView.escape(caseKey))
                .containsEntry("hasEvidence", true).containsEntry("evidenceUrl", evidence);
        assertThat(rest.withBasicAuth("congan", "demo").getForEntity(evidence, byte[].class).getBody()).isEqualTo(screenshot);
        assertThat(jdbc.queryForObject("select severity from scam_report where commune_code = 'tam-quang' and case_key = ?",
                String.class, caseKey)).isEqualTo("urgent");
        // What the engine derived lives on the case, not in variables; and a task's variables are for admins only.
        assertThat(get("congan", "/engine-rest/task/" + taskId + "/variables", OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "/engine-rest/task/" + taskId + "/variables", OBJECT).getBody()).containsKeys("caseKey", "filedBy")
                .doesNotContainKeys("severity", "severityLabel", "reporterPhoneText", "reporterDisplay", "linkedCases",
                        "evidence", "evidenceKind", "communeCode");
        for (String outsider : List.of("chutich", "congan-tamthai", "totruong-ban-01")) {
            assertThat(get(outsider, tasksOfCase, LIST).getBody()).as(outsider).isEmpty();
        }
        assertThat(get("chutich", "/engine-rest/process-instance?businessKey=" + caseKey, OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String pattern = "Gọi video giả mạo công an xã, đòi chuyển tiền tạm giữ " + UUID.randomUUID();
        assertThat(post("congan", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "congan")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> review = new HashMap<>(Map.of("actionCalledReporter", true, "actionBankFreeze", true,
                "outcome", "handled", "warningApproved", true, "warningPattern", pattern,
                "warningAdvice", "Công an không yêu cầu chuyển tiền qua điện thoại hay video; hãy báo ngay Công an xã.",
                "policeNote", POLICE_NOTE));
        assertThat(post("congan", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables(review)))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> closeOut = get("totruong-ban-01", tasksOfCase, LIST).getBody();
        assertThat(closeOut).singleElement().satisfies(task -> assertThat(task.get("assignee")).isEqualTo("totruong-ban-01"));
        // The filer tells the resident the outcome and the warning; the reporter's phone and the police's
        // own note are for the police only.
        Map<String, Object> informForm = formData("totruong-ban-01", (String) closeOut.get(0).get("id"));
        assertThat(informForm).containsEntry("outcomeLabel", "Đã xử lý xong").containsEntry("warningPublished", true)
                .containsEntry("warningPattern", FormView.escape(pattern));
        assertThat(informForm.toString()).doesNotContain("0912345678").doesNotContain(POLICE_NOTE)
                .doesNotContain("Lò Thị Phản Ánh");
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

        assertRefused(variables(negative), "Số tiền bị mất phải là số nguyên từ 0 đến 1.000.000.000.000.");
        assertRefused(variables(noDescription), "Vui lòng nhập Mô tả sự việc.");
    }

    @Test
    void whatResidentsTypedShowsAsTypedInThePoliceFormNeverAsALink() {
        Map<String, Object> report = ScamReportProcessTest.report("fake-app", 0L);
        String description = "Nhận tin nhắn <a href=\"https://evil.example/p\">bấm vào đây</a> và "
                + "[Xem dự thảo (PDF)](https://evil.example/p) để nhận quà " + UUID.randomUUID();
        report.put("description", description);
        report.put("reporterName", "Hà Văn [Xem dự thảo (PDF)](https://evil.example/p)");
        String caseKey = (String) post("totruong-ban-03", START, Map.of("variables", variables(report))).getBody().get("businessKey");
        String taskId = (String) get("congan", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST).getBody()
                .get(0).get("id");

        Map<String, Object> form = formData("congan", taskId);

        assertThat(form).containsEntry("description", FormView.escape(description))
                .containsEntry("reporterDisplay", FormView.escape("Hà Văn [Xem dự thảo (PDF)](https://evil.example/p)"));
        assertThat((String) form.get("description")).contains("&lt;a href").doesNotContain("<a").doesNotContain("](");
        assertThat((String) form.get("reporterDisplay")).doesNotContain("](");
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

    /** What Tasklist fills the task's form with, by name: {"severityLabel": "Khẩn cấp", ...}. */
    private Map<String, Object> formData(String user, String taskId) {
        ResponseEntity<Map<String, Object>> response = get(user, "/engine-rest/task/" + taskId + "/form-variables", OBJECT);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> values = new HashMap<>();
        response.getBody().forEach((name, variable) -> values.put(name, ((Map<?, ?>) variable).get("value")));
        return values;
    }

    private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    }

    private <T> ResponseEntity<T> get(String user, String url, ParameterizedTypeReference<T> type) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, type);
    }
}
