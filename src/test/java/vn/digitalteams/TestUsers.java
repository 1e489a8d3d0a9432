package vn.digitalteams;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/** Acts as a demo user towards the engine, with their groups and commune, as the REST filters would. */
@Component
public class TestUsers {

    private final IdentityService identityService;

    TestUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void login(String userId) {
        // Look the user up as the system: the previous user's authorizations must not filter it.
        identityService.clearAuthentication();
        identityService.setAuthentication(userId,
                identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                identityService.createTenantQuery().userMember(userId).list().stream().map(Tenant::getId).toList());
    }

    public void logout() {
        identityService.clearAuthentication();
    }
}
