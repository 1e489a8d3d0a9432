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
    static final String PERIODIC_REPORT_PROCESS = "periodic-report";
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
        LEADER_STARTED_PROCESSES.forEach(process -> allowToStart(process, Role.COMMUNE_LEADER, Role.VILLAGE_LEADER));
        // Any team member with an account files scam reports for residents; only the police see them
        // while it is handled (candidate groups and the commune tenant); the filer gets it back to close out.
        allowToStart(SCAM_REPORT_PROCESS, Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER);
        // The same people record their team's activities from Tasklist; the start listener checks that the
        // team is their own (the commune leader: any team of the commune).
        allowToStart(ACTIVITY_RECORD_PROCESS, Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER);
        // A reporting cycle is opened on request by the Chairman or the commune team's leader; the schedule opens the rest.
        allowToStart(PERIODIC_REPORT_PROCESS, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.COMMUNE_LEADER);
        filters.ensure();
        log.info("Roles and webapp access ensured for {} groups", Role.values().length);
    }

    /** Lets the roles start the process (in their own commune: the instance's tenant is theirs). */
    private void allowToStart(String process, Role... roles) {
        for (Role role : roles) {
            grants.grant(role, Resources.PROCESS_DEFINITION, process, Permissions.CREATE_INSTANCE);
            grants.grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
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
