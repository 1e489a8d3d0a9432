package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;

/**
 * Engine REST is closed to anonymous callers, and tenants keep communes apart: a chairman's task of
 * one commune is invisible to the other commune's chairman, though both are in group "chairman".
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestSecurityTest {

    private static final String PROBE = "tenant-probe";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;

    @BeforeAll
    void deployAProbeProcessSharedByAllCommunes() {
        repositoryService.createDeployment().name(PROBE)
                .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE)
                        .camundaHistoryTimeToLive(1)
                        .startEvent().userTask("approveProbe").camundaCandidateGroups("chairman").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
    }

    @Test
    void anonymousCallsToEngineRestGet401() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aChairmanSeesOnlyTheTasksOfTheirOwnCommune() {
        ProcessInstance tamQuang = startFor("tam-quang");
        ProcessInstance tamThai = startFor("tam-thai");

        assertThat(tasksOf("chutich", tamQuang)).hasSize(1);
        assertThat(tasksOf("chutich", tamThai)).isEmpty();
        assertThat(tasksOf("chutich-tamthai", tamThai)).hasSize(1);
        assertThat(tasksOf("chutich-tamthai", tamQuang)).isEmpty();
        assertThat(rest.withBasicAuth("chutich", "demo").exchange("/engine-rest/task?processDefinitionKey=" + PROBE,
                HttpMethod.GET, null, LIST).getBody()).allSatisfy(task -> assertThat(task.get("tenantId")).isEqualTo("tam-quang"));
    }

    @Test
    void anInstanceBelongsToTheCommuneOfTheUserWhoStartedIt() {
        identityService.setAuthentication("admin", List.of("camunda-admin"), List.of("tam-thai"));
        try {
            // The variable is ignored: a user cannot start work in another commune by naming it.
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, Map.of("communeCode", "tam-quang"));
            assertThat(instance.getTenantId()).isEqualTo("tam-thai");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void anInstanceWithoutACommuneIsRefused() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBE).count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBE))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("has no commune");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBE).count()).isEqualTo(before);
    }

    private ProcessInstance startFor(String commune) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, Map.of("communeCode", commune));
        assertThat(instance.getTenantId()).isEqualTo(commune);
        return instance;
    }

    private List<Map<String, Object>> tasksOf(String user, ProcessInstance instance) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo")
                .exchange("/engine-rest/task?processInstanceId=" + instance.getId(), HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
