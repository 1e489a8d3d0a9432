package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.WebappLogin;

/** Task forms link to /api: a Tasklist session may read it, but a cookie alone changes nothing. */
@IntegrationTest
class ApiSessionAuthenticationTest {

    @Autowired TestRestTemplate rest;

    @Test
    void aTasklistSessionReadsTheApiOfItsOwnCommune() {
        HttpHeaders session = WebappLogin.login(rest, "tasklist", "totruong-ban-02").session();

        assertThat(rest.exchange("/api/teams", HttpMethod.GET, new HttpEntity<>(session), String.class).getBody())
                .contains("tam-quang-ban-02");
        assertThat(rest.exchange("/api/teams?commune=tam-thai", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSessionCookieAloneCannotChangeAnything() {
        HttpHeaders session = WebappLogin.login(rest, "tasklist", "totruong-ban-02").session();

        assertThat(rest.exchange("/api/membership/cases/TV-2026-9999/withdrawal", HttpMethod.POST,
                new HttpEntity<>(session), String.class).getStatusCode())
                .as("a plain form post, as another site could make the browser send").isEqualTo(HttpStatus.FORBIDDEN);
        session.add("X-Requested-With", "XMLHttpRequest");
        assertThat(rest.exchange("/api/membership/cases/TV-2026-9999/withdrawal", HttpMethod.POST,
                new HttpEntity<>(session), String.class).getStatusCode())
                .as("even from a script, the session is not enough to write").isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
