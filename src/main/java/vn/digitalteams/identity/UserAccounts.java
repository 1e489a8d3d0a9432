package vn.digitalteams.identity;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates user accounts in Camunda's identity service: roles as groups, the commune as tenant. */
@Component
public class UserAccounts {

    private final IdentityService identityService;

    UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Creates the account unless it exists; an existing account is left as its owner changed it. */
    public void create(String userId, String familyAndMiddleName, String givenName, String password,
                       String communeCode, Set<Role> roles) {
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identityService.newUser(userId);
        // Camunda shows "first last": family and middle name first gives the Vietnamese order.
        user.setFirstName(familyAndMiddleName);
        user.setLastName(givenName);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createTenantUserMembership(communeCode, userId);
        roles.forEach(role -> identityService.createMembership(userId, role.groupId()));
    }

    /** The name people read, "Lô Văn Dũng"; the account id when the account is gone. */
    public String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
