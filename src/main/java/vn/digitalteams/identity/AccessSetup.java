package vn.digitalteams.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, on every start and in every profile, that each role is a group and has what the
 * webapps need: Tasklist access and a task filter to read. Tenant membership, not these grants,
 * keeps one commune's data from another's. Idempotent.
 */
@Component
@Order(0)
class AccessSetup implements ApplicationRunner {

    static final String APP_TASKLIST = "tasklist";
    static final String DEFAULT_FILTER_NAME = "Việc của tôi";
    static final List<String> LEADER_STARTED_PROCESSES = List.of("membership-registration", "membership-withdrawal");
    static final String SCAM_REPORT_PROCESS = "scam-report";

    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role);
            if (role != Role.ADMIN) {
                grant(role, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS);
                grant(role, Resources.FILTER, ANY, Permissions.READ);
                // Definitions are the shared models, not any commune's data: Tasklist shows a task's
                // process name and diagram from them. Instances stay guarded by tenant and candidate group.
                grant(role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            }
        }
        // Leaders start membership cases from Tasklist or engine REST; tenants keep them in their commune.
        for (Role leader : List.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER)) {
            for (String process : LEADER_STARTED_PROCESSES) {
                grant(leader, Resources.PROCESS_DEFINITION, process, Permissions.CREATE_INSTANCE);
            }
            grant(leader, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // Any team member with an account files scam reports for residents; only the police see them
        // while it is handled (candidate groups and the commune tenant); the filer gets it back to close out.
        for (Role filer : List.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER)) {
            grant(filer, Resources.PROCESS_DEFINITION, SCAM_REPORT_PROCESS, Permissions.CREATE_INSTANCE);
            grant(filer, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        ensureDefaultFilter();
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

    private void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(role.groupId()).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(role.groupId());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    /** Without a filter Tasklist shows no task at all; this one lists every task the user may see. */
    private void ensureDefaultFilter() {
        if (filterService.createFilterQuery().filterName(DEFAULT_FILTER_NAME).count() == 0) {
            Filter filter = filterService.newTaskFilter(DEFAULT_FILTER_NAME)
                    .setQuery(taskService.createTaskQuery())
                    .setProperties(Map.of(
                            "description", "Mọi nhiệm vụ bạn được giao hoặc có thể nhận",
                            "priority", -10,
                            "refresh", true));
            filterService.saveFilter(filter);
        }
    }
}
