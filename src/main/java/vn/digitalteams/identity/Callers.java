package vn.digitalteams.identity;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;

/**
 * Who a request comes from, for filters in front of the engine's REST surfaces: the user the engine REST
 * authentication already set on this thread, or the user logged into the Camunda webapps (the session
 * Tasklist's calls carry). And engine work done as that user, with their authorizations and tenants.
 */
@Component
public class Callers {

    private static final String ENGINE_NAME = "default";

    private final IdentityService identityService;

    Callers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user signed in on this thread (engine REST after its Basic authentication, or /api). */
    public Optional<Caller> signedIn() {
        return Optional.ofNullable(identityService.getCurrentAuthentication()).map(Callers::caller);
    }

    /** The user logged into the webapps in this request's session, if any. */
    public Optional<Caller> ofWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE_NAME) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getName(), user.getGroupIds(), user.getTenantIds()));
    }

    /**
     * Whether a webapp request carries its session's CSRF token ({@code X-XSRF-TOKEN}, Camunda's own): a
     * write on the session's behalf needs it, or another site could make the browser send one.
     */
    public boolean hasWebappCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token != null && token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }

    /** Runs engine work as the caller (their authorizations and tenants apply), then restores whoever was set. */
    public <T> T actingAs(Caller caller, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.communes());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    private static Caller caller(Authentication authentication) {
        return new Caller(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
    }
}
