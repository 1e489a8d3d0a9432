package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.security.Referrals.newCitizenId;
import static vn.digitalteams.security.Referrals.referral;
import static vn.digitalteams.security.Referrals.typed;

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
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.WebappLogin;

/**
 * The four ways in which process variables let users write case data they must not (issue "sealed cases"),
 * through HTTP as the demo users, on engine REST and on the API Tasklist uses: each is refused with a
 * Vietnamese 4xx and nothing is written. Before the change each of them answered 200 or 204 and wrote.
 */
@IntegrationTest
class SealedCasesSecurityTest {

    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    static final String REGISTRATION = Referrals.START;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void startingARegistrationAtItsAdmissionInAnotherCommuneIsRefusedAndNothingIsWritten() {
        String citizenId = "040091666666";
        long instances = count("select count(*) from act_hi_procinst where proc_def_key_ = 'membership-registration'");
        long documents = count("select count(*) from document where commune_code = 'tam-thai'");

        ResponseEntity<Map<String, Object>> answer = post("totruong-ban-01", REGISTRATION, Map.of(
                "skipCustomListeners", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "admitMember")),
                "variables", typed(Map.of("teamCode", "tam-thai-ban-01", "communeCode", "tam-thai",
                        "fullName", "Người Lạ", "birthDate", "1991-02-03", "gender", "male", "citizenId", citizenId,
                        "villageCode", "ban-01", "signer", "CHAIRMAN", "approverName", "Chủ tịch giả",
                        "caseKey", "TV-FAKE"))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).containsEntry("message", "Tài khoản của bạn không được dùng chức năng này của hệ thống.");
        assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'membership-registration'"))
                .isEqualTo(instances);
        assertThat(count("select count(*) from person where citizen_id = '" + citizenId + "'")).isZero();
        assertThat(count("select count(*) from document where commune_code = 'tam-thai'")).isEqualTo(documents);
    }

    @Test
    void startingAScamReportAtItsWarningIsRefusedAndNoWarningAppears() {
        long warnings = count("select count(*) from scam_warning where commune_code = 'tam-thai'");

        ResponseEntity<Map<String, Object>> answer = post("totruong-ban-01",
                "/engine-rest/process-definition/key/scam-report/start", Map.of(
                        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "publishWarning")),
                        "variables", typed(Map.of("communeCode", "tam-thai", "category", "impersonation",
                                "channel", "phone", "warningPattern", "Chuyển tiền ngay vào số 0999 999 999",
                                "warningAdvice", "Hãy chuyển tiền ngay."))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("select count(*) from scam_warning where commune_code = 'tam-thai'")).isEqualTo(warnings);
        assertThat(rest.withBasicAuth("chutich-tamthai", "demo").getForObject("/api/warnings?commune=tam-thai", String.class))
                .doesNotContain("0999 999 999");
    }

    @Test
    void anApprovalCarryingAnotherCommunesTeamIsRefusedAndTheTaskStaysOpen() {
        String citizenId = newCitizenId();
        String caseKey = refer("totruong-ban-01", "Lò Thị Sáu", citizenId);
        String taskId = taskOf("chutich", caseKey);
        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "chutich")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map<String, Object>> answer = post("chutich", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", typed(Map.of("approved", true, "teamCode", "tam-thai-ban-02"))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).contains("\"teamCode\"");
        assertThat(taskOf("chutich", caseKey)).isEqualTo(taskId);
        assertThat(count("select count(*) from membership m join person p on m.person_id = p.id where p.citizen_id = '"
                + citizenId + "'")).isZero();

        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", typed(Map.of("approved", true)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select t.code from membership m join person p on m.person_id = p.id "
                + "join team t on m.team_id = t.id where p.citizen_id = ?", String.class, citizenId))
                .isEqualTo("tam-quang-ban-01");
    }

    @Test
    void aVillageLeaderCannotWriteHisCyclesVariablesThroughEitherApi() {
        String caseKey = (String) post("chutich-tamthai", "/engine-rest/process-definition/key/periodic-report/start",
                Map.of("variables", typed(Map.of("period", "2024-12", "dueDate", "2030-12-31")))).getBody().get("businessKey");
        String taskId = taskOf("totruong-tamthai-ban-01", caseKey);
        HttpHeaders leader = new HttpHeaders();
        leader.setBasicAuth("totruong-tamthai-ban-01", "demo");
        leader.setContentType(MediaType.APPLICATION_JSON);
        HttpHeaders session = webappSession("totruong-tamthai-ban-01");

        for (String[] write : new String[][] {
                {"PUT", "/engine-rest/task/" + taskId + "/variables/periodLabel"},
                {"PUT", "/engine-rest/task/" + taskId + "/localVariables/periodLabel"},
                {"POST", "/engine-rest/task/" + taskId + "/variables"},
                {"PUT", "/camunda/api/engine/engine/default/task/" + taskId + "/variables/periodLabel"},
                {"POST", "/camunda/api/engine/engine/default/task/" + taskId + "/localVariables"}}) {
            String body = write[0].equals("PUT") ? "{\"value\": \"tháng 13\"}"
                    : "{\"modifications\": {\"periodLabel\": {\"value\": \"tháng 13\"}}}";
            HttpHeaders headers = write[1].startsWith("/camunda") ? session : leader;
            ResponseEntity<String> answer = rest.exchange(write[1], HttpMethod.valueOf(write[0]),
                    new HttpEntity<>(body, headers), String.class);
            assertThat(answer.getStatusCode()).as(write[0] + " " + write[1]).isEqualTo(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> form = rest.exchange("/engine-rest/task/" + taskId + "/form-variables", HttpMethod.GET,
                new HttpEntity<>(leader), OBJECT).getBody();
        assertThat(((Map<?, ?>) form.get("periodLabel")).get("value")).isEqualTo("tháng 12 năm 2024");
    }

    @Test
    void aStartOutsideItsFormIsRefusedOnBothApisAndCreatesNothing() {
        long cases = count("select count(*) from registration_case");
        Map<String, Map<String, Object>> wrong = new java.util.LinkedHashMap<>();
        wrong.put("an extra variable", Map.of("communeCode", Map.of("value", "tam-thai")));
        wrong.put("a number for a text", Map.of("fullName", Map.of("value", 42)));
        wrong.put("a Java-serialized object", Map.of("fullName", Map.of("value", "rO0ABXQAA0FiYw==", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
                        "application/x-java-serialized-object"))));
        wrong.put("a date value", Map.of("birthDate", Map.of("value", "1996-03-08T00:00:00.000+0700", "type", "Date")));
        wrong.put("a choice the form does not offer", Map.of("gender", Map.of("value", "robot")));
        Map<String, String> messages = Map.of("an extra variable", "\"communeCode\"",
                "a number for a text", "Họ và tên phải là chữ.", "a Java-serialized object", "Họ và tên: giá trị",
                "a date value", "Ngày sinh: giá trị", "a choice the form does not offer", "\"robot\"");
        HttpHeaders session = webappSession("totruong-ban-01");
        String definition = (String) rest.withBasicAuth("totruong-ban-01", "demo")
                .getForObject("/engine-rest/process-definition/key/membership-registration", Map.class).get("id");

        wrong.forEach((what, variables) -> {
            Map<String, Object> submitted = new HashMap<>(typed(referral("Lò Thị Bảy", newCitizenId())));
            submitted.putAll(variables);
            ResponseEntity<Map<String, Object>> viaRest = post("totruong-ban-01", REGISTRATION, Map.of("variables", submitted));
            ResponseEntity<Map<String, Object>> viaTasklist = rest.exchange(
                    "/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
                    HttpMethod.POST, new HttpEntity<>(Map.of("variables", submitted), session), OBJECT);
            for (ResponseEntity<Map<String, Object>> answer : List.of(viaRest, viaTasklist)) {
                assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat((String) answer.getBody().get("message")).as(what).contains(messages.get(what))
                        .doesNotContain("ENGINE-");
            }
        });
        assertThat(count("select count(*) from registration_case")).isEqualTo(cases);
    }

    @Test
    void anotherCommunesTaskAndAnUnknownIdAreBothNotFound() {
        String taskId = taskOf("chutich", refer("totruong-ban-01", "Lò Thị Tám", newCitizenId()));
        for (String id : List.of(taskId, "no-such-task")) {
            for (String[] call : new String[][] {{"GET", ""}, {"GET", "/form-variables"}, {"GET", "/form"},
                    {"POST", "/claim"}, {"POST", "/complete"}}) {
                HttpHeaders headers = new HttpHeaders();
                headers.setBasicAuth("chutich-tamthai", "demo");
                headers.setContentType(MediaType.APPLICATION_JSON);
                ResponseEntity<Map<String, Object>> answer = rest.exchange("/engine-rest/task/" + id + call[1],
                        HttpMethod.valueOf(call[0]), new HttpEntity<>(call[0].equals("GET") ? null : "{}", headers), OBJECT);
                assertThat(answer.getStatusCode()).as(call[0] + " " + id + call[1]).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat((String) answer.getBody().get("message")).startsWith("Không tìm thấy");
            }
        }
    }

    /** Refers a resident through engine REST as a leader; the case number. */
    String refer(String leader, String fullName, String citizenId) {
        ResponseEntity<Map<String, Object>> started = post(leader, REGISTRATION,
                Map.of("variables", typed(referral(fullName, citizenId))));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("businessKey");
    }

    String taskOf(String user, String caseKey) {
        List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).as(user + "'s tasks of " + caseKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
    }

    /** A Tasklist session: its cookies and its CSRF token, as Tasklist sends them. */
    HttpHeaders webappSession(String user) {
        HttpHeaders session = WebappLogin.login(rest, "tasklist", user).session();
        String token = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getHeaders().getFirst("X-XSRF-TOKEN");
        session.set("X-XSRF-TOKEN", token);
        session.setContentType(MediaType.APPLICATION_JSON);
        return session;
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
