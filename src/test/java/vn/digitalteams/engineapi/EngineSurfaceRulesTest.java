package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
