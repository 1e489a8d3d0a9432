package vn.digitalteams.identity;

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
 * Everyone opens Tasklist on "Việc cần làm", which holds the work waiting for them (their own and their
 * groups' unclaimed tasks in their commune, nearest deadline first); each role's own list follows.
 */
@IntegrationTest
class TasklistFiltersTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;

    @Test
    void eachRoleOpensOnWhatItHasToDoThenItsOwnLists() {
        assertThat(filterNames("chutich")).containsExactly("Việc cần làm", "Chờ phê duyệt", "Đã giao cho tôi");
        assertThat(filterNames("phochutich")).containsExactly("Việc cần làm", "Chờ phê duyệt", "Đã giao cho tôi");
        assertThat(filterNames("congan")).containsExactly("Việc cần làm", "Tin báo lừa đảo", "Đã giao cho tôi");
        assertThat(filterNames("totruong-ban-01")).containsExactly("Việc cần làm", "Đã giao cho tôi");
        assertThat(filterNames("totruong-xa")).containsExactly("Việc cần làm", "Đã giao cho tôi");
        assertThat(filterNames("vanhoa")).containsExactly("Việc cần làm", "Đã giao cho tôi");
    }

    @Test
    void theChairmansToDoHoldsAReferralUntilTheViceChairmanTakesIt() {
        String approval = taskOf("chutich", refer("Lò Thị Mười Một", "040196710001"));

        assertThat(taskIdsIn("chutich", "Việc cần làm")).contains(approval);
        assertThat(taskIdsIn("phochutich", "Việc cần làm")).contains(approval);
        post("phochutich", "/engine-rest/task/" + approval + "/claim", Map.of("userId", "phochutich"));

        assertThat(taskIdsIn("chutich", "Việc cần làm")).doesNotContain(approval);
        assertThat(taskIdsIn("chutich", "Chờ phê duyệt")).as("the Chairman still sees it").contains(approval);
        assertThat(taskIdsIn("phochutich", "Việc cần làm")).contains(approval);
        assertThat(taskIdsIn("phochutich", "Đã giao cho tôi")).contains(approval);
        assertThat(taskIdsIn("chutich-tamthai", "Việc cần làm")).as("another commune").doesNotContain(approval);
    }

    @Test
    void aLeadersToDoHoldsTheNoticeOfTheChairmansDecision() {
        String caseKey = refer("Lò Thị Mười Hai", "040196710002");
        post("chutich", "/engine-rest/task/" + taskOf("chutich", caseKey) + "/complete",
                Map.of("variables", Map.of("approved", Map.of("value", true))));

        String notice = taskOf("totruong-ban-01", caseKey);
        assertThat(taskIdsIn("totruong-ban-01", "Việc cần làm")).contains(notice);
        assertThat(taskIdsIn("totruong-ban-02", "Việc cần làm")).doesNotContain(notice);
    }

    /** Filters as Tasklist orders them: by the priority in their properties. */
    private List<String> filterNames(String user) {
        return filters(user).stream().sorted((a, b) -> Integer.compare(priority(a), priority(b)))
                .map(filter -> (String) filter.get("name")).toList();
    }

    /** The ids of the tasks a filter lists for the user, as Tasklist asks for them. */
    private List<String> taskIdsIn(String user, String filterName) {
        String id = (String) filters(user).stream().filter(filter -> filterName.equals(filter.get("name")))
                .findFirst().orElseThrow().get("id");
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + id + "/list?maxResults=500",
                HttpMethod.POST, new HttpEntity<>(Map.of(), json()), LIST).getBody().stream()
                .map(task -> (String) task.get("id")).toList();
    }

    /** Refers a resident of Bản 01 as its leader through engine REST; the case number. */
    private String refer(String fullName, String citizenId) {
        Map<String, Object> values = Map.of("fullName", fullName, "birthDate", "08/03/1996", "gender", "female",
                "citizenId", citizenId, "villageCode", "ban-01", "referralReason", "Hướng dẫn bà con cài VNeID.");
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("totruong-ban-01", "demo").exchange(
                "/engine-rest/process-definition/key/membership-registration/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), json()), OBJECT);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("businessKey");
    }

    /** The case's one open task the user can see. */
    private String taskOf(String user, String caseKey) {
        List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).as(user + "'s tasks of " + caseKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private void post(String user, String url, Object body) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST,
                new HttpEntity<>(body, json()), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(url + ": " + answer.getBody()).isTrue();
    }

    private static HttpHeaders json() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return json;
    }

    private List<Map<String, Object>> filters(String user) {
        return rest.withBasicAuth(user, "demo")
                .exchange("/engine-rest/filter?resourceType=Task&itemCount=false", HttpMethod.GET, null, LIST).getBody();
    }

    @SuppressWarnings("unchecked")
    private static int priority(Map<String, Object> filter) {
        return ((Number) ((Map<String, Object>) filter.get("properties")).get("priority")).intValue();
    }
}
