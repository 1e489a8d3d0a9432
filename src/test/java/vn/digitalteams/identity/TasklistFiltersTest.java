package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import vn.digitalteams.IntegrationTest;

/** Each role opens Tasklist on its own lists, first the one that matters to it. */
@IntegrationTest
class TasklistFiltersTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;

    @Test
    void theChairmanSeesApprovalsFirst() {
        assertThat(filterNames("chutich")).containsExactly("Chờ phê duyệt", "Việc của tôi");
        assertThat(filterNames("phochutich")).containsExactly("Chờ phê duyệt", "Việc của tôi");
    }

    @Test
    void aLeaderSeesTheirTeamsWorkFirst() {
        assertThat(filterNames("totruong-ban-01")).containsExactly("Việc của tổ", "Việc của tôi");
    }

    @Test
    void thePoliceSeeScamReportsFirst() {
        assertThat(filterNames("congan")).containsExactly("Tin báo lừa đảo", "Việc của tôi");
    }

    @Test
    void othersSeeTheirOwnWorkOnly() {
        assertThat(filterNames("vanhoa")).containsExactly("Việc của tôi");
    }

    /** Filters as Tasklist orders them: by the priority in their properties. */
    private List<String> filterNames(String user) {
        return rest.withBasicAuth(user, "demo")
                .exchange("/engine-rest/filter?resourceType=Task&itemCount=false", HttpMethod.GET, null, LIST).getBody()
                .stream()
                .sorted((a, b) -> Integer.compare(priority(a), priority(b)))
                .map(filter -> (String) filter.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static int priority(Map<String, Object> filter) {
        return ((Number) ((Map<String, Object>) filter.get("properties")).get("priority")).intValue();
    }
}
