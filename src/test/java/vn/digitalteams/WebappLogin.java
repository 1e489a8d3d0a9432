package vn.digitalteams;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs into a Camunda webapp as the browser does: session and CSRF cookies first, then the form post. */
public final class WebappLogin {

    private WebappLogin() {
    }

    /** The login answer; its request headers (cookies of the new session) are in {@link Result#session()}. */
    public static Result login(TestRestTemplate rest, String app, String user) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookies.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; ")));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "demo");
        ResponseEntity<java.util.Map> response = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), java.util.Map.class);
        HttpHeaders session = new HttpHeaders();
        List<String> renewed = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        session.add(HttpHeaders.COOKIE, (renewed != null ? renewed : cookies).stream()
                .map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; ")));
        return new Result(response, session);
    }

    public record Result(ResponseEntity<java.util.Map> response, HttpHeaders session) {
    }
}
