package vn.digitalteams.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.shared.ApiError;
import vn.digitalteams.shared.Messages;

/**
 * Authenticates every call of our {@code /api} and of engine REST against Camunda's identity service by
 * HTTP Basic, throttled by {@link LoginThrottle}, and makes the user the engine's current authentication
 * for the request (so authorizations and tenant checks apply). On {@code /api}, reads ({@code GET},
 * {@code HEAD}) may also come from the browser session of a user logged into the webapps (the draft and
 * decision links in task forms). Anyone else gets 401 in Vietnamese, and never a Basic challenge: a
 * browser that asked for a password would remember it and send it with any other site's forms (CSRF).
 */
class RestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Callers callers;
    private final LoginThrottle throttle;
    private final ObjectMapper objectMapper;
    private final boolean webappSessionReads;

    RestAuthenticationFilter(IdentityService identityService, Callers callers, LoginThrottle throttle,
                             ObjectMapper objectMapper, boolean webappSessionReads) {
        this.identityService = identityService;
        this.callers = callers;
        this.throttle = throttle;
        this.objectMapper = objectMapper;
        this.webappSessionReads = webappSessionReads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String[]> basic = basicCredentials(request);
        Optional<Caller> caller;
        if (basic.isPresent()) {
            String userId = basic.get()[0];
            LoginThrottle.Attempt attempt = throttle.attempt(userId, request.getRemoteAddr(),
                    () -> identityService.checkPassword(userId, basic.get()[1]));
            if (attempt.throttled()) {
                long seconds = attempt.waitFor().toSeconds() + 1;
                response.setHeader("Retry-After", String.valueOf(seconds));
                refuse(response, 429, Messages.get("auth.throttled", seconds));
                return;
            }
            if (!attempt.right()) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, Messages.get("auth.required"));
                return;
            }
            caller = Optional.of(caller(userId));
        } else {
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            caller = webappSessionReads && read ? callers.ofWebappSession(request) : Optional.empty();
        }
        if (caller.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, Messages.get("auth.required"));
            return;
        }
        identityService.setAuthentication(caller.get().userId(), caller.get().groupIds(), caller.get().communes());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** {user, password} from an {@code Authorization: Basic} header, if there is a well-formed one. */
    private static Optional<String[]> basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Caller caller(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return new Caller(userId, groups, tenants);
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), new ApiError(status, message));
    }
}
