package vn.digitalteams.identity;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as Camunda's identity service knows it for this request (set by the
 * authentication filters); their communes are their tenants.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        return authentication().getUserId();
    }

    public boolean hasRole(Role role) {
        return authentication().getGroupIds().contains(role.groupId());
    }

    public boolean isAdmin() {
        return authentication().getGroupIds().contains(Role.ADMIN.groupId());
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
        String commune = requested == null || requested.isBlank() ? ownCommune() : requested;
        requireAccessTo(commune);
        return commune;
    }

    /** The commune a request means when it names none: the caller's own. */
    private String ownCommune() {
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
