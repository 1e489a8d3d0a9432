package vn.digitalteams.identity;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as Camunda's identity service knows it on this thread: set by the authentication
 * filters for {@code /api} and engine REST, and by the engine for a command a user runs (a start, a task
 * completion). Their communes are their tenants. A job or a timer runs with nobody signed in.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether a user is signed in on this thread; not in a job, a timer or a start-up runner. */
    public boolean isSignedIn() {
        return identityService.getCurrentAuthentication() != null;
    }

    public String id() {
        return authentication().getUserId();
    }

    public boolean hasRole(Role role) {
        List<String> groups = authentication().getGroupIds();
        return groups != null && groups.contains(role.groupId());
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public List<String> communes() {
        List<String> tenantIds = authentication().getTenantIds();
        return tenantIds == null ? List.of() : tenantIds;
    }

    /** Whether the caller may read a commune's data: their own commune, or any for an admin. */
    public boolean mayRead(String communeCode) {
        return isAdmin() || communes().contains(communeCode);
    }

    /** Refuses, in Vietnamese, a look at another commune's data; admins see every commune. */
    public void requireAccessTo(String communeCode) {
        if (!mayRead(communeCode)) {
            throw forbidden("access.commune.denied", communeCode);
        }
    }

    /** The commune a read request means (the named one, else the caller's own), once checked readable. */
    public String communeToRead(String requested) {
        String commune = requested == null || requested.isBlank() ? onlyCommune() : requested;
        requireAccessTo(commune);
        return commune;
    }

    /**
     * The commune a signed-in user starts a case in: their own. Refuses (403, message {@code refusalKey})
     * a caller with no commune, or nobody signed in: cases are opened by people of a commune.
     */
    public String startingCommune(String refusalKey) {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> tenants = authentication == null ? null : authentication.getTenantIds();
        if (tenants == null || tenants.isEmpty()) {
            throw forbidden(refusalKey);
        }
        return tenants.get(0);
    }

    /**
     * Who acts on a task: the signed-in user completing it, or its assignee when nobody is signed in (an
     * engine call from code).
     */
    public String actorOf(DelegateTask task) {
        return Optional.ofNullable(identityService.getCurrentAuthentication()).map(Authentication::getUserId)
                .orElse(task.getAssignee());
    }

    /** The commune a request means when it names none: the caller's own. */
    private String onlyCommune() {
        List<String> communes = communes();
        if (communes.size() != 1) {
            throw invalid("request.parameter.missing", "commune");
        }
        return communes.get(0);
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            // The filters guarantee an authenticated caller on /api; reaching here is a wiring bug.
            throw new IllegalStateException("No authenticated user on this thread");
        }
        return authentication;
    }
}
