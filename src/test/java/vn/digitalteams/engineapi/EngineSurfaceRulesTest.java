package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** How a call is matched against the allowed table: an id never stands for one of the API's own sub-resources. */
class EngineSurfaceRulesTest {

    @Test
    void anIdPlaceholderMatchesIdsOnly() {
        assertThat(EngineSurface.accessOf(new EngineCall("GET", "/process-definition/membership-registration:1:9f"))).isPresent();
        assertThat(EngineSurface.accessOf(new EngineCall("GET", "/process-definition/statistics"))).isEmpty();
        assertThat(EngineSurface.accessOf(new EngineCall("GET", "/task/report/candidate-group-count"))).isEmpty();
        assertThat(EngineSurface.accessOf(new EngineCall("POST", "/task/create"))).isEmpty();
    }

    @Test
    void theSameCallOnBothSurfacesIsTheSameCall() {
        assertThat(new EngineCall("GET", "/task/1").segments()).containsExactly("task", "1");
        assertThat(EngineSurface.accessOf(new EngineCall("POST", "/task/1/complete")))
                .contains(EngineSurface.Access.TASK_FORM_SUBMISSION);
        assertThat(EngineSurface.accessOf(new EngineCall("PUT", "/task/1/variables/periodLabel"))).isEmpty();
    }

    @Test
    void aPathIsReadAsTheResourcesReadIt() {
        assertThat(pathOf("/engine-rest/process-definition/statistics;x=1")).isEqualTo("/process-definition/statistics");
        assertThat(pathOf("/engine-rest/process-definition/stat%69stics")).isEqualTo("/process-definition/statistics");
        assertThat(pathOf("/camunda/api/engine/engine/default/task;a/1")).isEqualTo("/task/1");
        assertThat(EngineSurface.accessOf(new EngineCall("GET", pathOf("/engine-rest/task/%2e%2e/user")))).isEmpty();
        assertThat(EngineSurface.accessOf(new EngineCall("GET", pathOf("/engine-rest/task/a%2Fb")))).isEmpty();
        assertThat(EngineSurface.accessOf(new EngineCall("GET", pathOf("/engine-rest/task/%zz")))).isEmpty();
    }

    private static String pathOf(String uri) {
        return EngineCall.of(new MockHttpServletRequest("GET", uri)).orElseThrow().path();
    }
}
