package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.WebappLogin;

/**
 * Walks every resource and method of engine REST, as the REST API's own OpenAPI document lists them (399
 * operations in 7.24), as a village leader, the Chairman and a police officer, through engine REST and
 * through the webapps' engine API that Tasklist uses: exactly the calls of {@link #ALLOWED} reach the
 * engine (which may still say 404, 400 or, by its own authorizations, 403 for the placeholder ids, but never
 * a server error), everything else is refused with 403 and a Vietnamese message before the engine sees it.
 */
@IntegrationTest
class EngineSurfaceTest {

    /** The README's table, by the OpenAPI document's paths ({@code GET /engine} is the engine list). */
    static final Set<String> ALLOWED = Set.of(
            "GET /engine",
            "GET /filter", "GET /filter/count", "OPTIONS /filter", "GET /filter/{id}", "GET /filter/{id}/list",
            "POST /filter/{id}/list", "GET /filter/{id}/count", "POST /filter/{id}/count",
            "GET /task", "POST /task", "GET /task/count", "POST /task/count", "GET /task/{id}", "GET /task/{id}/form",
            "GET /task/{id}/deployed-form", "GET /task/{id}/form-variables", "GET /task/{id}/identity-links",
            "GET /task/{id}/comment", "GET /history/user-operation", "GET /history/user-operation/count",
            "POST /task/{id}/claim", "POST /task/{id}/unclaim", "POST /task/{id}/complete",
            "POST /task/{id}/submit-form",
            "GET /process-definition", "GET /process-definition/count", "GET /process-definition/{id}",
            "GET /process-definition/{id}/xml", "GET /process-definition/{id}/startForm",
            "GET /process-definition/{id}/deployed-start-form", "GET /process-definition/{id}/form-variables",
            "POST /process-definition/{id}/start", "POST /process-definition/{id}/submit-form",
            "GET /process-definition/key/{key}", "GET /process-definition/key/{key}/xml",
            "GET /process-definition/key/{key}/startForm", "GET /process-definition/key/{key}/deployed-start-form",
            "GET /process-definition/key/{key}/form-variables", "POST /process-definition/key/{key}/start",
            "POST /process-definition/key/{key}/submit-form",
            "GET /user/{id}/profile", "PUT /user/{id}/credentials", "GET /identity/groups",
            "GET /identity/password-policy", "POST /identity/password-policy", "GET /authorization/check");
    static final List<String> USERS = List.of("totruong-ban-01", "chutich", "congan");
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
    /** engine.call.forbidden: the gate's refusal, not the engine's own authorization check (also a 403). */
    private static final String REFUSAL = "không được dùng chức năng này";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper objectMapper;

    @Test
    void theTableNamesOnlyOperationsTheRestApiHas() throws IOException {
        assertThat(operations()).containsAll(ALLOWED);
    }

    @Test
    void engineRestAllowsExactlyTheTable() throws IOException {
        for (String user : USERS) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, "demo");
            assertSurface(user, "/engine-rest", headers);
        }
    }

    @Test
    void theWebappApiAllowsExactlyTheTable() throws IOException {
        for (String user : USERS) {
            HttpHeaders session = WebappLogin.login(rest, "tasklist", user).session();
            ResponseEntity<String> engines = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
                    new HttpEntity<>(session), String.class);
            session.set("X-XSRF-TOKEN", engines.getHeaders().getFirst("X-XSRF-TOKEN"));
            assertSurface(user, WEBAPP_API, session);
        }
    }

    private void assertSurface(String user, String base, HttpHeaders headers) throws IOException {
        List<String> wronglyRefused = new ArrayList<>();
        List<String> wronglyPassed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String operation : operations()) {
            if (base.equals(WEBAPP_API) && operation.equals("GET /engine")) {
                continue; // the webapps list engines one level up, at /camunda/api/engine/engine/
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            String url = base + concrete(path, user) + (path.equals("/identity/groups") ? "?userId=" + user : "");
            HttpEntity<String> request = new HttpEntity<>(method.equals("GET") || method.equals("OPTIONS")
                    || method.equals("DELETE") ? null : "{}", headers);
            ResponseEntity<String> response = rest.exchange(url, HttpMethod.valueOf(method), request, String.class);
            int status = response.getStatusCode().value();
            boolean refusedHere = status == 403 && String.valueOf(response.getBody()).contains(REFUSAL);
            if (ALLOWED.contains(operation)) {
                if (refusedHere) {
                    wronglyRefused.add(operation + " → " + response.getBody());
                } else if (status >= 500) {
                    failed.add(operation + " → " + status + " " + response.getBody());
                }
            } else if (!refusedHere) {
                wronglyPassed.add(operation + " → " + status + " " + response.getBody());
            }
        }
        assertThat(wronglyRefused).as("allowed for %s through %s but refused", user, base).isEmpty();
        assertThat(wronglyPassed).as("not allowed for %s through %s but not refused", user, base).isEmpty();
        assertThat(failed).as("allowed for %s through %s, answered with a server error", user, base).isEmpty();
    }

    /** A path with placeholder ids; a user id is the caller's own, the one case where the table allows it. */
    private static String concrete(String path, String user) {
        return path.replaceAll("^/user/\\{id}", "/user/" + user).replaceAll("\\{[^}]+}", "no-such-id");
    }

    private Set<String> operations() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (InputStream openApi = getClass().getResourceAsStream("/openapi.json")) {
            JsonNode paths = objectMapper.readTree(openApi).path("paths");
            for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
                String path = names.next();
                paths.path(path).fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "delete", "patch", "options", "head").contains(method)) {
                        operations.add(method.toUpperCase() + " " + path);
                    }
                });
            }
        }
        return operations;
    }
}
