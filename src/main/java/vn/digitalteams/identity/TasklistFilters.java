package vn.digitalteams.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * The task lists each role opens Tasklist on. Without a filter it may read, a user sees no task at
 * all; each filter only narrows what the user may see anyway (candidate group, assignee, tenant).
 */
@Component
class TasklistFilters {

    static final String MY_WORK = "myWork";
    static final String AWAITING_APPROVAL = "awaitingApproval";
    static final String TEAM_WORK = "teamWork";
    static final String SCAM_REPORTS = "scamReports";

    private static final List<Map<String, String>> CASE_COLUMNS = List.of(column("caseKey"), column("teamName"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensure() {
        Set<Role> everyone = Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.POLICE, Role.POLICE_CHIEF,
                Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER);
        // The Chairman's approvals, oldest first: what has waited longest is decided first.
        ensure(AWAITING_APPROVAL, -20,
                taskService.createTaskQuery().taskCandidateGroupIn(List.of(Role.CHAIRMAN.groupId(),
                        Role.VICE_CHAIRMAN.groupId())).includeAssignedTasks().orderByTaskCreateTime().asc(),
                Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN));
        // A leader's own tasks: notices of decisions, recruiting, the cases they started.
        ensure(TEAM_WORK, -20,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                Set.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER));
        // Police work by deadline: the triage gives urgent reports 4 hours, so they come first.
        ensure(SCAM_REPORTS, -20,
                taskService.createTaskQuery().taskCandidateGroupIn(List.of(Role.POLICE.groupId(),
                        Role.POLICE_CHIEF.groupId())).includeAssignedTasks().orderByDueDate().asc(),
                Set.of(Role.POLICE, Role.POLICE_CHIEF));
        ensure(MY_WORK, -10, taskService.createTaskQuery(), everyone);
    }

    /** Creates the filter named by {@code filter.<id>.name} unless it exists, and lets the roles read it. */
    private void ensure(String id, int priority, TaskQuery query, Set<Role> roles) {
        String name = Messages.get("filter." + id + ".name");
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of(
                    "description", Messages.get("filter." + id + ".description"), "priority", priority, "refresh", true,
                    "variables", CASE_COLUMNS));
            filterService.saveFilter(filter);
        }
        for (Role role : roles) {
            grants.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /** A process variable Tasklist shows beside each task, under its label. */
    private static Map<String, String> column(String variable) {
        return Map.of("name", variable, "label", Messages.get("filter.column." + variable));
    }
}
