package vn.digitalteams.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/** Each commune is a Camunda tenant whose id is the commune code. */
@Component
public class CommuneTenants {

    private final IdentityService identityService;

    CommuneTenants(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void register(String communeCode, String communeName) {
        if (identityService.createTenantQuery().tenantId(communeCode).count() == 0) {
            Tenant tenant = identityService.newTenant(communeCode);
            tenant.setName(communeName);
            identityService.saveTenant(tenant);
        }
    }
}
