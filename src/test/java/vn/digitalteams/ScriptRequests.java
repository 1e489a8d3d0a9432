package vn.digitalteams;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * How a script (or our own pages) sends a write to {@code /api}: JSON, with {@code X-Requested-With}, which
 * a forged cross-site form cannot carry (see web.CrossSiteRequestGuard).
 */
public final class ScriptRequests {

    private ScriptRequests() {
    }

    public static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return headers;
    }

    public static <T> HttpEntity<T> json(T body) {
        return new HttpEntity<>(body, headers());
    }
}
