package vn.digitalteams.identity;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/** Creates user accounts in Camunda's identity service: roles as groups, the commune as tenant. */
@Component
public class UserAccounts {

    private final IdentityService identityService;
    private final WithoutEngineAuthorization withoutAuthorization;

    UserAccounts(IdentityService identityService, WithoutEngineAuthorization withoutAuthorization) {
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /**
     * Demo profile only: creates the account unless it exists (an existing account is left as its owner
     * changed it), with the well-known demo password, which the password policy would refuse: it is
     * skipped here and nowhere else. {@link DemoPasswordGuard} keeps the demo profile out of production.
     */
    public void createDemoAccount(String userId, String familyAndMiddleName, String givenName, String password,
                                  String communeCode, Set<Role> roles) {
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identityService.newUser(userId);
        // Camunda shows "first last": family and middle name first gives the Vietnamese order.
        user.setFirstName(familyAndMiddleName);
        user.setLastName(givenName);
        user.setPassword(password);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.createTenantUserMembership(communeCode, userId);
        roles.forEach(role -> identityService.createMembership(userId, role.groupId()));
    }

    /**
     * Whether the user may set this password: {@link CommunePasswordPolicy}, the user's own id and name
     * included (an unknown user is checked without them).
     */
    public boolean meetsPasswordPolicy(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return password != null && identityService.checkPasswordAgainstPolicy(password, user).isValid();
    }

    /**
     * The name people read, "Lô Văn Dũng"; the account id when the account is gone. Looked up whoever asks: a
     * leader's form names the Chairman who decided, though the leader may not read the Chairman's account.
     */
    public String displayName(String userId) {
        User user = withoutAuthorization.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    /**
     * Who signs the commune's documents when the viewer of a draft does not: its Chairman's name, or a
     * placeholder when the commune has no Chairman account.
     */
    public String chairmanName(String communeCode) {
        return withoutAuthorization.call(() -> identityService.createUserQuery().memberOfGroup(Role.CHAIRMAN.groupId())
                        .memberOfTenant(communeCode).orderByUserId().asc().listPage(0, 1)).stream().findFirst()
                .map(user -> (user.getFirstName() + " " + user.getLastName()).strip())
                .orElseGet(() -> Messages.get("document.signer.unknown"));
    }
}
