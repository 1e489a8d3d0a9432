package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.security.Referrals.newCitizenId;
import static vn.digitalteams.security.Referrals.referral;
import static vn.digitalteams.security.Referrals.typed;

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
 * What a second attack on the engine's surface found, each closed and checked here through HTTP as the demo
 * users: the allowed list spelt otherwise ({@code ;x}, {@code %69}), a task another person has taken, Cockpit's
 * own API under a Tasklist login, people's data left in the browser's cache, and a second referral of someone
 * already waiting for the Chairman.
 */
@IntegrationTest
class SecondLookSecurityTest {

    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anEngineResourceSpeltOtherwiseIsStillRefused() {
        for (String spelling : List.of("/engine-rest/process-definition/statistics;x=1",
                "/engine-rest/process-definition/stat%69stics", "/engine-rest/user;x/demo/profile",
                "/engine-rest/task/%2e%2e/process-definition/statistics")) {
            ResponseEntity<String> answer = rest.withBasicAuth("chutich", "demo").getForEntity(spelling, String.class);
            assertThat(answer.getStatusCode().is4xxClientError()).as(spelling + ": " + answer.getBody()).isTrue();
            assertThat(answer.getBody()).as(spelling).doesNotContain("\"instances\"").doesNotContain("\"email\"");
        }
    }

    @Test
    void aTaskSomeoneElseTookIsTheirsToFinishOrGiveBack() {
        String taskId = chairmanTaskOf(referOne("Lò Thị Chín"));
        assertThat(post("chutich", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "chutich"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (String action : List.of("/complete", "/submit-form", "/unclaim", "/claim")) {
            Object body = action.equals("/claim") ? Map.of("userId", "phochutich")
                    : Map.of("variables", typed(Map.of("approved", true)));
            ResponseEntity<Map<String, Object>> answer = post("phochutich", "/engine-rest/task/" + taskId + action, body);
            assertThat(answer.getStatusCode()).as(action).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) answer.getBody().get("message")).as(action)
                    .isEqualTo("Việc này đã được Lương Văn Hùng nhận xử lý.");
        }
        assertThat(jdbc.queryForObject("select assignee_ from act_ru_task where id_ = ?", String.class, taskId))
                .isEqualTo("chutich");
    }

    @Test
    void cockpitsApiIsTheAdminsOnly() {
        String query = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
        HttpHeaders tasklist = WebappLogin.login(rest, "tasklist", "chutich").session();
        ResponseEntity<Map<String, Object>> refused = rest.exchange(query, HttpMethod.GET, new HttpEntity<>(tasklist), OBJECT);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).startsWith("Tài khoản của bạn không được dùng");

        HttpHeaders cockpit = WebappLogin.login(rest, "cockpit", "admin").session();
        assertThat(rest.exchange(query, HttpMethod.GET, new HttpEntity<>(cockpit), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void whatTheApiAnswersIsNotKeptInTheBrowsersCache() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> roster = rest.withBasicAuth("chutich", "demo").exchange("/api/teams", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(roster.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(roster.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void aSecondReferralOfSomeoneWaitingForTheChairmanIsRefusedWithTheCaseNumber() {
        String citizenId = newCitizenId();
        String first = (String) start("totruong-ban-01", referral("Lò Thị Mười", citizenId)).getBody().get("businessKey");
        long cases = jdbc.queryForObject("select count(*) from registration_case", Long.class);

        ResponseEntity<Map<String, Object>> second = start("totruong-ban-01", referral("Lò Thị Mười", citizenId));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) second.getBody().get("message")).contains(first).contains("đang chờ Chủ tịch phê duyệt");
        assertThat(jdbc.queryForObject("select count(*) from registration_case", Long.class)).isEqualTo(cases);
    }

    private String referOne(String fullName) {
        ResponseEntity<Map<String, Object>> started = start("totruong-ban-01", referral(fullName, newCitizenId()));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("businessKey");
    }

    private ResponseEntity<Map<String, Object>> start(String leader, Map<String, Object> values) {
        return post(leader, Referrals.START, Map.of("variables", typed(values)));
    }

    private String chairmanTaskOf(String caseKey) {
        List<Map<String, Object>> tasks = rest.withBasicAuth("chutich", "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
    }
}
