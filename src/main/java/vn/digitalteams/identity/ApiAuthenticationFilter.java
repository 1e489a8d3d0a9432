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
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.shared.ApiError;
import vn.digitalteams.shared.Messages;

/**
 * Authenticates every {@code /api} call against Camunda's identity service, either by HTTP Basic or
 * by the session of a user logged into the Camunda webapps, and makes that user the engine's current
 * authentication for the request (so tenant checks apply). Anyone else gets 401 in Vietnamese.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE_NAME = "default";

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Authentication> authentication = fromBasicHeader(request).or(() -> fromWebappSession(request));
        if (authentication.isEmpty()) {
            refuse(request, response);
            return;
        }
        identityService.setAuthentication(authentication.get());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Optional<Authentication> fromBasicHeader(HttpServletRequest request) {
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
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return Optional.of(new Authentication(userId, groups, tenants));
    }

    /**
     * A user already logged into Tasklist or Cockpit may read /api from the browser (the draft and
     * decision links in task forms) without a second login. Only reads: a cookie alone must never
     * change anything, or another site could make the browser do it (CSRF).
     */
    private Optional<Authentication> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE_NAME) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Authentication(user.getName(), user.getGroupIds(), user.getTenantIds()));
    }

    /**
     * 401 in Vietnamese. A page's own script (it says so with {@code X-Requested-With}, as the landing
     * page does) gets no Basic challenge: the browser would otherwise pop up its password dialog
     * instead of letting the page explain how to log in.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"digital-teams\", charset=\"UTF-8\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(),
                new ApiError(HttpServletResponse.SC_UNAUTHORIZED, Messages.get("auth.required")));
    }
}
