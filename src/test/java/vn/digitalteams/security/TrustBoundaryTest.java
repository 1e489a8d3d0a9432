package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.digitalteams.IntegrationTest;

/**
 * The rest of the trust boundary, through HTTP: another site cannot make a signed-in browser change
 * anything, and no browser is ever asked for a password; passwords follow the policy; guessing a password
 * slows the guesser down without locking the account; every response carries the security headers.
 */
@IntegrationTest
class TrustBoundaryTest {

    static final String GOOD_PASSWORD = "hoa-ban-no-trang-2026";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;

    @Test
    void anotherSiteCannotWithdrawAReferralThroughTheLeadersBrowser() {
        String caseKey = Referrals.refer(rest, "totruong-ban-01", "Lò Thị Chín");
        String withdrawal = "/api/membership/cases/" + caseKey + "/withdrawal";
        List<HttpHeaders> forged = List.of(
                browser("https://evil.example", "cross-site", false),
                browser("https://evil.example", null, true),
                browser(null, "cross-site", true),
                browser(null, null, false));
        for (HttpHeaders headers : forged) {
            ResponseEntity<Map> answer = rest.withBasicAuth("totruong-ban-01", "demo").exchange(withdrawal,
                    HttpMethod.POST, new HttpEntity<>(headers), Map.class);
            assertThat(answer.getStatusCode()).as(headers.toString()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.withBasicAuth("totruong-ban-01", "demo").exchange(withdrawal, HttpMethod.POST,
                new HttpEntity<>(browser("http://localhost:" + rest.getRootUri().replaceAll(".*:", ""), "same-origin", true)),
                Map.class).getStatusCode()).as("our own page").isEqualTo(HttpStatus.OK);
    }

    @Test
    void noAnswerAsksTheBrowserForAPassword() {
        for (String url : List.of("/api/teams", "/engine-rest/task", "/api/overview")) {
            ResponseEntity<String> answer = rest.getForEntity(url, String.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).as(url).isFalse();
        }
    }

    @Test
    void aNewPasswordFollowsThePolicy() {
        String user = newUser();
        for (String weak : List.of("1", "123456789", "1234567890", "matkhau123", user + "-2026-abc", "Password@123",
                "0987654321", "Abc@123456", "Matkhau@123", "aaaaaaaaaa", "11111111111", "1234567890a", "qwerty12345",
                "1q2w3e4r5t", "CanBoThu2026xyz")) {
            ResponseEntity<Map> answer = credentials(user, weak);
            assertThat(answer.getStatusCode()).as(weak).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) answer.getBody().get("message")).as(weak).startsWith("Mật khẩu chưa đạt yêu cầu");
        }
        assertThat(credentials(user, "may-trang-tren-dinh-Pu-Mat").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.checkPassword(user, "may-trang-tren-dinh-Pu-Mat")).isTrue();

        HttpHeaders headers = json();
        headers.setBasicAuth(user, "may-trang-tren-dinh-Pu-Mat");
        assertThat(rest.exchange("/engine-rest/user/chutich/credentials", HttpMethod.PUT, new HttpEntity<>(
                Map.of("password", GOOD_PASSWORD, "authenticatedUserPassword", "may-trang-tren-dinh-Pu-Mat"), headers),
                Map.class).getStatusCode()).as("someone else's password").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void wrongPasswordsSlowTheGuesserDownAndNeverLockTheAccount() {
        String user = newUser();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(rest.withBasicAuth(user, "sai-mat-khau-" + attempt).getForEntity("/api/overview", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<Map> throttled = rest.withBasicAuth(user, GOOD_PASSWORD).getForEntity("/engine-rest/task", Map.class);
        assertThat(throttled.getStatusCode().value()).as("even the right password waits").isEqualTo(429);
        assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotNull();
        assertThat((String) throttled.getBody().get("message")).startsWith("Đăng nhập sai nhiều lần liên tiếp");
        assertThat(identityService.checkPassword(user, GOOD_PASSWORD))
                .as("Camunda's own account lock stays off: the Chairman's name is easy to guess").isTrue();

        String webappUser = newUser();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(webappLogin(webappUser, "sai-mat-khau").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(webappLogin(webappUser, GOOD_PASSWORD).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String url : List.of("/", "/api/teams", "/engine-rest/task", "/camunda/app/tasklist/",
                "/camunda/api/engine/engine/")) {
            HttpHeaders headers = rest.withBasicAuth("chutich", "demo").getForEntity(url, String.class).getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).as(url).isEqualTo("same-origin");
            assertThat(headers.getFirst("Content-Security-Policy")).as(url).contains("frame-ancestors");
            assertThat(headers.getFirst("X-Frame-Options")).as(url).isEqualTo("SAMEORIGIN");
        }
    }

    private HttpHeaders browser(String origin, String fetchSite, boolean scripted) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (origin != null) {
            headers.set("Origin", origin);
        }
        if (fetchSite != null) {
            headers.set("Sec-Fetch-Site", fetchSite);
        }
        if (scripted) {
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        return headers;
    }

    private ResponseEntity<Map> credentials(String user, String password) {
        HttpHeaders headers = json();
        headers.setBasicAuth(user, GOOD_PASSWORD);
        return rest.exchange("/engine-rest/user/" + user + "/credentials", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", password, "authenticatedUserPassword", GOOD_PASSWORD), headers), Map.class);
    }

    private ResponseEntity<String> webappLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList()));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
                String.class);
    }

    /** A commune officer of Tam Quang with a password the policy accepts. */
    private String newUser() {
        String id = "canbo-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName("Thử");
        user.setPassword(GOOD_PASSWORD);
        identityService.saveUser(user);
        identityService.createTenantUserMembership("tam-quang", id);
        identityService.createMembership(id, "officer");
        return id;
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
