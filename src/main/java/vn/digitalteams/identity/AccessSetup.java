package vn.digitalteams.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, on every start and in every profile, that each role is a group and has what the
 * webapps need: Tasklist access and the task filters of their role (see TasklistFilters). Tenant
 * membership, not these grants, keeps one commune's data from another's. Idempotent.
 */
@Component
@Order(0)
class AccessSetup implements ApplicationRunner {

    static final String APP_TASKLIST = "tasklist";

    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identityService;
    private final Grants grants;
    private final TasklistFilters filters;
    private final List<ProcessStarters> starters;

    AccessSetup(IdentityService identityService, Grants grants, TasklistFilters filters, List<ProcessStarters> starters) {
        this.identityService = identityService;
        this.grants = grants;
        this.filters = filters;
        this.starters = starters;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role);
            if (role != Role.ADMIN) {
                grants.grant(role, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS);
                // Definitions are the shared models, not any commune's data: Tasklist shows a task's
                // process name and diagram from them. Instances stay guarded by tenant and candidate group.
                grants.grant(role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
                // Role names are no secret: Tasklist names a task's candidate groups ("Phó Chủ tịch UBND xã")
                // from them, and shows the raw id of a group the user may not read.
                grants.grant(role, Resources.GROUP, ANY, Permissions.READ);
            }
        }
        // Each module says who starts its processes; tenants keep the instances in the starter's commune.
        starters.forEach(process -> process.roles().forEach(role -> allowToStart(process.processKey(), role)));
        filters.ensure();
        log.info("Roles and webapp access ensured for {} groups", Role.values().length);
    }

    /** Lets the role start the process (in their own commune: the instance's tenant is theirs). */
    private void allowToStart(String process, Role role) {
        grants.grant(role, Resources.PROCESS_DEFINITION, process, Permissions.CREATE_INSTANCE);
        grants.grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** The role's group under its Vietnamese name (Camunda's starter names its admin group in English). */
    private void ensureGroup(Role role) {
        Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
        if (group == null) {
            group = identityService.newGroup(role.groupId());
            group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
        } else if (role.displayName().equals(group.getName())) {
            return;
        }
        group.setName(role.displayName());
        identityService.saveGroup(group);
    }
}
