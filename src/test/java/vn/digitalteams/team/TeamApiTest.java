package vn.digitalteams.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;

/** The read API as the demo users call it, through HTTP with Basic authentication. */
@IntegrationTest
class TeamApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;

    @Test
    void anonymousCallersGet401WithAVietnameseMessage() {
        ResponseEntity<Map<String, Object>> response = get(rest, "/api/teams?commune=tam-quang", OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate"))
                .as("no Basic challenge: a browser would remember the password and send it with other sites' forms")
                .isNull();
        assertThat(response.getBody()).containsEntry("message", "Vui lòng đăng nhập để sử dụng chức năng này.");
    }

    @Test
    void aWrongPasswordGets401() {
        try {
            assertThat(get(rest.withBasicAuth("congan", "sai-mat-khau"), "/api/teams", OBJECT).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            // Camunda locks an account for a few seconds after a failed login; other tests log in as congan.
            identityService.unlockUser("congan");
        }
    }

    @Test
    void theChairmanListsTheNineteenTeamsOfTamQuangWithMemberCounts() {
        ResponseEntity<List<Map<String, Object>>> response = get(as("chutich"), "/api/teams?commune=tam-quang", LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> teams = response.getBody();
        assertThat(teams).hasSize(19);
        assertThat(teams.get(0)).containsEntry("code", "tam-quang-xa").containsEntry("level", "commune")
                .containsEntry("memberCount", 9);
        assertThat(teams.get(1)).containsEntry("code", "tam-quang-ban-01").containsEntry("villageCode", "ban-01");
        assertThat(teams.get(18)).containsEntry("code", "tam-quang-ban-18");
        assertThat(teams).allSatisfy(team -> {
            assertThat((Integer) team.get("memberCount")).isBetween(1, 10);
            assertThat(team.get("leader")).isNotNull();
        });
    }

    @Test
    void withoutACommuneTheCallersOwnIsListed() {
        assertThat(get(as("chutich-tamthai"), "/api/teams", LIST).getBody())
                .extracting(team -> team.get("code"))
                .containsExactly("tam-thai-xa", "tam-thai-ban-01", "tam-thai-ban-02");
    }

    @Test
    void aTeamShowsItsMembersAndCollaborators() {
        ResponseEntity<Map<String, Object>> response = get(as("totruong-ban-01"), "/api/teams/tam-quang-ban-01", OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> team = response.getBody();
        assertThat(team).containsEntry("code", "tam-quang-ban-01").containsEntry("villageName", "Bản 01")
                .containsEntry("decisionNumber", "15/QĐ-UBND").containsKey("collaborators");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) team.get("members");
        assertThat(members).isNotEmpty();
        assertThat(members.get(0)).containsEntry("role", "leader").containsEntry("status", "active")
                .containsEntry("fullName", team.get("leader")).containsKey("joinedOn");
        assertThat(members).extracting(m -> m.get("role")).contains("deputy", "member");
    }

    @Test
    void tamQuangsChairmanCannotReadTamThai() {
        ResponseEntity<Map<String, Object>> list = get(as("chutich"), "/api/teams?commune=tam-thai", OBJECT);
        ResponseEntity<Map<String, Object>> team = get(as("chutich"), "/api/teams/tam-thai-ban-01", OBJECT);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getBody()).containsEntry("message", "Bạn không có quyền xem dữ liệu của xã tam-thai.");
        assertThat(team.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tamThaisChairmanCannotReadTamQuang() {
        assertThat(get(as("chutich-tamthai"), "/api/teams?commune=tam-quang", OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(as("chutich-tamthai"), "/api/teams/tam-quang-xa", OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAdminSeesEveryCommune() {
        assertThat(get(as("admin"), "/api/teams?commune=tam-thai", LIST).getBody()).hasSize(3);
    }

    @Test
    void unknownTeamsAndCommunesAre404InVietnamese() {
        ResponseEntity<Map<String, Object>> team = get(as("chutich"), "/api/teams/khong-co", OBJECT);
        ResponseEntity<Map<String, Object>> commune = get(as("admin"), "/api/teams?commune=khong-co", OBJECT);

        assertThat(team.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(team.getBody()).containsEntry("message",
                "Không tìm thấy tổ công nghệ số cộng đồng có mã \"khong-co\".");
        assertThat(commune.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static <T> ResponseEntity<T> get(TestRestTemplate client, String url, ParameterizedTypeReference<T> type) {
        return client.exchange(url, HttpMethod.GET, null, type);
    }
}
