package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.digitalteams.IntegrationTest;

/**
 * The reminder a process writes on an overdue task reaches the person who has it: Camunda's own comment
 * resource looks the task up in history, which only admins may read, and answered 404 to the Chairman.
 */
@IntegrationTest
class TaskCommentsTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired ManagementService managementService;

    @Test
    void theChairmanReadsTheOverdueReminderOnHisApprovalTaskAndNobodyElseOfTheCommuneDoes() {
        Map<String, Object> referral = new HashMap<>();
        Map.of("fullName", "Lò Thị Mười", "birthDate", "08/03/1996", "gender", "female", "citizenId", "040196829001",
                "villageCode", "ban-01", "referralReason", "Biết dùng điện thoại thông minh.")
                .forEach((name, value) -> referral.put(name, Map.of("value", value)));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String caseKey = (String) rest.withBasicAuth("totruong-ban-01", "demo").exchange(
                "/engine-rest/process-definition/key/membership-registration/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", referral), json), Map.class).getBody().get("businessKey");
        String taskId = (String) rest.withBasicAuth("chutich", "demo").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, HttpMethod.GET, null, LIST).getBody()
                .get(0).get("id");
        Job overdue = managementService.createJobQuery().activityId("approvalOverdue")
                .processInstanceId((String) rest.withBasicAuth("chutich", "demo")
                        .getForObject("/engine-rest/task/" + taskId, Map.class).get("processInstanceId")).singleResult();
        managementService.executeJob(overdue.getId());

        List<Map<String, Object>> comments = rest.withBasicAuth("chutich", "demo")
                .exchange("/engine-rest/task/" + taskId + "/comment", HttpMethod.GET, null, LIST).getBody();

        assertThat(comments).singleElement().satisfies(comment ->
                assertThat((String) comment.get("message")).startsWith("Đã quá hạn 5 ngày làm việc"));
        assertThat(rest.withBasicAuth("totruong-ban-02", "demo").getForEntity("/engine-rest/task/" + taskId + "/comment",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
