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
    static final List<String> LEADER_STARTED_PROCESSES = List.of("membership-registration", "membership-withdrawal");
    static final String SCAM_REPORT_PROCESS = "scam-report";
    static final String ACTIVITY_RECORD_PROCESS = "activity-record";

    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identityService;
    private final Grants grants;
    private final TasklistFilters filters;

    AccessSetup(IdentityService identityService, Grants grants, TasklistFilters filters) {
        this.identityService = identityService;
        this.grants = grants;
        this.filters = filters;
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
            }
        }
        // Leaders start membership cases from Tasklist or engine REST; tenants keep them in their commune.
        for (Role leader : List.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER)) {
            for (String process : LEADER_STARTED_PROCESSES) {
                grants.grant(leader, Resources.PROCESS_DEFINITION, process, Permissions.CREATE_INSTANCE);
            }
            grants.grant(leader, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // Any team member with an account files scam reports for residents; only the police see them
        // while it is handled (candidate groups and the commune tenant); the filer gets it back to close out.
        for (Role filer : List.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER)) {
            grants.grant(filer, Resources.PROCESS_DEFINITION, SCAM_REPORT_PROCESS, Permissions.CREATE_INSTANCE);
            grants.grant(filer, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // The same people record their team's activities from Tasklist; the start listener checks that the
        // team is their own (the commune leader: any team of the commune).
        for (Role recorder : List.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER)) {
            grants.grant(recorder, Resources.PROCESS_DEFINITION, ACTIVITY_RECORD_PROCESS, Permissions.CREATE_INSTANCE);
            grants.grant(recorder, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        filters.ensure();
        log.info("Roles and webapp access ensured for {} groups", Role.values().length);
    }

    private void ensureGroup(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
            Group group = identityService.newGroup(role.groupId());
            group.setName(role.displayName());
            group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
