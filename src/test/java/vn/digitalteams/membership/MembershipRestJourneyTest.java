package vn.digitalteams.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.ScriptRequests;
import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The registration journey through the real REST APIs, as Tasklist and scripts use them:
 * totruong-ban-11 refers, chutich reads the form and the draft and approves, the member and the decision
 * appear; Tam Thái sees nothing.
 */
@IntegrationTest
class MembershipRestJourneyTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final String START = "/engine-rest/process-definition/key/membership-registration/start";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeaderRefersTheChairmanApprovesAndTheMemberAndDecisionAppear() throws IOException {
        // Bản 11's team, which no other test admits into: the person joins as a member, which needs room.
        Map<String, Object> referral = referral("Lò Thị Mai Anh", "040196812345");
        referral.put("villageCode", "ban-11");
        ResponseEntity<Map<String, Object>> started = post("totruong-ban-11", START, Map.of("variables", variables(referral)));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseKey = (String) started.getBody().get("businessKey");
        assertThat(caseKey).matches("TV-\\d{4}-\\d{4}");

        List<Map<String, Object>> tasks = get("chutich", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST).getBody();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.get("name")).isEqualTo("Phê duyệt kết nạp: Lò Thị Mai Anh – Bản 11");
            assertThat(task.get("due")).isNotNull();
        });
        assertThat(get("chutich-tamthai", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST).getBody()).isEmpty();
        ResponseEntity<byte[]> draft = draft("chutich", caseKey);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(textOf(draft.getBody())).contains("DỰ THẢO").contains("Công nhận bà Lò Thị Mai Anh").contains("Lương Văn Hùng");
        ResponseEntity<byte[]> referrersDraft = draft("totruong-ban-11", caseKey);
        assertThat(referrersDraft.getStatusCode()).as("the referring leader reads the draft too").isEqualTo(HttpStatus.OK);
        assertThat(textOf(referrersDraft.getBody())).as("signed in the Chairman's name").contains("Lương Văn Hùng");
        assertThat(draft("totruong-ban-02", caseKey).getStatusCode()).as("another leader of the commune")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(draft("chutich-tamthai", caseKey).getStatusCode()).as("another commune's Chairman")
                .isEqualTo(HttpStatus.NOT_FOUND);

        String taskId = (String) tasks.get(0).get("id");
        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "chutich")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables(Map.of("approved", true)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> team = get("chutich", "/api/teams/tam-quang-ban-11", OBJECT).getBody();
        assertThat((List<Map<String, Object>>) team.get("members")).anySatisfy(member -> {
            assertThat(member.get("fullName")).isEqualTo("Lò Thị Mai Anh");
            assertThat(member.get("role")).isEqualTo("member");
        });
        List<Map<String, Object>> documents = get("totruong-ban-11", "/api/documents?caseKey=" + caseKey, LIST).getBody();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.get("type")).isEqualTo("admission-decision");
            assertThat((String) document.get("number")).matches("\\d{2,}/QĐ-UBND");
        });
        assertThat(draft("chutich", caseKey).getStatusCode()).as("decided: no draft any more").isEqualTo(HttpStatus.NOT_FOUND);
        String noticeId = (String) get("totruong-ban-11", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST)
                .getBody().get(0).get("id");
        assertThat(get("totruong-ban-11", "/engine-rest/task/" + noticeId + "/form-variables", OBJECT).getBody())
                .containsEntry("decisionUrl", formValue("String", "/api/documents/" + documents.get(0).get("id") + "/pdf"))
                .containsEntry("decisionNumber", formValue("String", FormView.escape((String) documents.get(0).get("number"))))
                .containsEntry("admittedAsCollaborator", formValue("Boolean", false));
        assertThat(get("chutich-tamthai", "/api/documents?caseKey=" + caseKey, LIST).getBody()).isEmpty();

        byte[] pdf = rest.withBasicAuth("totruong-ban-11", "demo")
                .getForObject("/api/documents/" + documents.get(0).get("id") + "/pdf", byte[].class);
        assertThat(textOf(pdf)).contains("Số: " + documents.get(0).get("number"))
                .contains("Tam Quang, ngày " + DecreeDate.today())
                .contains("Công nhận bà Lò Thị Mai Anh, sinh ngày 08/03/1996")
                .contains("là thành viên Tổ công nghệ số cộng đồng bản 11")
                .contains("về việc thành lập Tổ công nghệ số cộng đồng; Xét đề nghị của Tổ trưởng Tổ công nghệ số cộng đồng "
                        + "bản 11. QUYẾT ĐỊNH:")
                // The Chairman's own decision: signed "CHỦ TỊCH", without the committee's "TM." (Decree 30/2020).
                .contains("- Lưu: VT. CHỦ TỊCH Lương Văn Hùng").doesNotContain("TM.");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** "25 tháng 11 năm 2026": the decree pads days below 10 and the months January and February. */
    private static final class DecreeDate {
        static String today() {
            LocalDate today = LocalDate.now(VietnameseDates.ZONE);
            return String.format("%02d", today.getDayOfMonth()) + " tháng "
                    + (today.getMonthValue() <= 2 ? String.format("%02d", today.getMonthValue()) : today.getMonthValue())
                    + " năm " + today.getYear();
        }
    }

    /**
     * What Tasklist fills the Chairman's form with comes from the case record, typed text escaped so that
     * Markdown in the reason shows as text instead of becoming a link; the instance keeps no facts.
     */
    @Test
    void theApprovalFormShowsTheRecordWithTypedTextAsTextAndTheInstanceKeepsNoFacts() {
        String name = "Hà Văn Mười Ba";
        String reason = "[Xem dự thảo (PDF)](https://evil.example/p) Biết dùng **VNeID** <b>mức 2</b>.";
        Map<String, Object> referral = referral(name, "040096812388");
        referral.put("referralReason", reason);
        referral.put("phone", "0912345679");
        String caseKey = (String) post("totruong-ban-01", START, Map.of("variables", variables(referral)))
                .getBody().get("businessKey");
        Map<String, Object> task = get("chutich", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST)
                .getBody().get(0);
        assertThat(task.get("name")).isEqualTo("Phê duyệt kết nạp: " + name + " – Bản 01");

        Map<String, Object> form = get("chutich", "/engine-rest/task/" + task.get("id") + "/form-variables", OBJECT).getBody();

        assertThat(form).as("exactly what forms/membership-approval.form shows").containsOnlyKeys("caseKey", "fullName",
                "teamName", "birthDateText", "citizenId", "villageName", "communeName", "occupation", "teamSize",
                "teamIsFull", "referrerName", "referralReason", "approvalDueText", "draftUrl");
        assertThat(form).containsEntry("fullName", formValue("String", "Hà Văn Mười Ba"))
                .containsEntry("referralReason", formValue("String", "\\[Xem dự thảo \\(PDF\\)\\]"
                        + "\\(https\\:\\/\\/evil\\.example\\/p\\) Biết dùng \\*\\*VNeID\\*\\* &lt;b&gt;mức 2&lt;\\/b&gt;\\."))
                .containsEntry("draftUrl", formValue("String", "/api/documents/drafts/" + caseKey))
                .containsEntry("birthDateText", formValue("String", "08\\/03\\/1996"))
                .containsEntry("citizenId", formValue("String", "040096812388"))
                .containsEntry("occupation", formValue("String", "Nhân viên bưu điện"))
                .containsEntry("teamIsFull", formValue("Boolean", false))
                .containsEntry("teamName", formValue("String", "Tổ công nghệ số cộng đồng bản 01"));
        assertThat(get("chutich-tamthai", "/engine-rest/task/" + task.get("id") + "/form-variables", OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String instanceId = (String) task.get("processInstanceId");
        assertThat(runtimeService.getVariables(instanceId)).as("the case's facts are not process variables")
                .containsOnlyKeys("caseKey", "approvalDueDate", "referrerId");
        assertThat(jdbc.queryForMap("select full_name, phone, referral_reason from registration_case "
                + "where commune_code = 'tam-quang' and case_key = ?", caseKey))
                .containsEntry("FULL_NAME", name).containsEntry("PHONE", "0912345679")
                .containsEntry("REFERRAL_REASON", reason);
    }

    @Test
    void badInputThroughEngineRestIs400WithOnlyTheVietnameseMessage() {
        Map<String, Object> referral = referral("Lò Văn Sai", "12345");

        ResponseEntity<Map<String, Object>> response = post("totruong-ban-01", START, Map.of("variables", variables(referral)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("message", "Số CCCD \"12345\" không hợp lệ: phải gồm đúng 12 chữ số.");
    }

    @Test
    void aChairmanCannotStartAReferral() {
        ResponseEntity<Map<String, Object>> response = post("chutich", START,
                Map.of("variables", variables(referral("Lò Văn Không Quyền", "040196812399"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theReferringLeaderWithdrawsAReferralAndNobodyElseMay() {
        String caseKey = (String) post("totruong-ban-01", START,
                Map.of("variables", variables(referral("Lò Văn Rút Lại", "040096812377")))).getBody().get("businessKey");

        assertThat(post("totruong-ban-02", "/api/membership/cases/" + caseKey + "/withdrawal", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("totruong-ban-01", "/api/membership/cases/" + caseKey + "/withdrawal", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("chutich", "/engine-rest/task?processInstanceBusinessKey=" + caseKey, LIST).getBody()).isEmpty();
        assertThat(jdbc.queryForObject("select status from registration_case where commune_code = 'tam-quang' "
                + "and case_key = ?", String.class, caseKey)).isEqualTo("WITHDRAWN");
        assertThat(post("totruong-ban-01", "/api/membership/cases/" + caseKey + "/withdrawal", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(draft("totruong-ban-01", caseKey).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Map<String, Object> referral(String fullName, String citizenId) {
        Map<String, Object> referral = new HashMap<>();
        referral.put("fullName", fullName);
        referral.put("birthDate", "1996-03-08");
        referral.put("gender", citizenId.charAt(3) == '1' ? "female" : "male");
        referral.put("citizenId", citizenId);
        referral.put("villageCode", "ban-01");
        referral.put("occupation", "Nhân viên bưu điện");
        referral.put("isStudent", false);
        referral.put("referralReason", "Hướng dẫn bà con cài VNeID mức 2.");
        return referral;
    }

    /** Engine REST's typed-variable form: {"name": {"value": ...}}. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }

    private ResponseEntity<byte[]> draft(String user, String caseKey) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/documents/drafts/" + caseKey, byte[].class);
    }

    /** One value of {@code task/{id}/form-variables}, as engine REST writes a variable. */
    private static Map<String, Object> formValue(String type, Object value) {
        return Map.of("type", type, "value", value, "valueInfo", Map.of());
    }

    private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, ScriptRequests.json(body), OBJECT);
    }

    private <T> ResponseEntity<T> get(String user, String url, ParameterizedTypeReference<T> type) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, type);
    }
}
