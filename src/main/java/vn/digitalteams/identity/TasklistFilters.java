package vn.digitalteams.identity;

import java.util.EnumSet;
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
 * The task lists Tasklist shows. Everyone opens on "Việc cần làm": what is assigned to them or waits,
 * unclaimed, for one of their groups, the nearest deadline first; a list of a role adds what that role
 * needs beside it (the Chairman's approvals whoever holds them, the police's reports by severity), and
 * "Đã giao cho tôi" keeps what one has taken. Tasklist opens the list of the lowest priority number and
 * puts a filter's own ordering before its sorting menu's (AbstractQuery#mergeOrdering).
 *
 * <p>Each filter only narrows what the user may see anyway (candidate group, assignee, commune tenant);
 * without a filter they may read, a user would see no task at all. Filters are kept up to date at every
 * start (found by name, query and properties rewritten), and the lists of earlier versions removed.
 */
@Component
class TasklistFilters {

    static final String TO_DO = "toDo";
    static final String AWAITING_APPROVAL = "awaitingApproval";
    static final String SCAM_REPORTS = "scamReports";
    static final String ASSIGNED_TO_ME = "assignedToMe";
    /** Lists of earlier versions, replaced by "Việc cần làm" and "Đã giao cho tôi". */
    private static final List<String> RETIRED = List.of("myWork", "teamWork");

    private static final List<Map<String, String>> CASE_COLUMNS = List.of(column("caseKey"));
    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensure() {
        Set<Role> everyone = EnumSet.complementOf(EnumSet.of(Role.ADMIN));
        RETIRED.forEach(this::retire);
        // Nearest deadline first; a task without one (a notice to pass on) after those with one. H2 is told
        // to sort nulls last as PostgreSQL does (DEFAULT_NULL_ORDERING=HIGH in the JDBC URL).
        ensure(TO_DO, -30, taskService.createTaskQuery()
                .or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS).endOr()
                .orderByDueDate().asc().orderByTaskCreateTime().asc(), everyone);
        // Every approval of the commune, also those the other of Chairman and Vice-Chairman holds: what has
        // waited longest is decided first.
        ensure(AWAITING_APPROVAL, -20, taskService.createTaskQuery()
                .taskCandidateGroupIn(List.of(Role.CHAIRMAN.groupId(), Role.VICE_CHAIRMAN.groupId()))
                .includeAssignedTasks().orderByTaskCreateTime().asc(), Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN));
        // The police's reports, urgent first (the triage's severity is the task's priority), then by deadline.
        ensure(SCAM_REPORTS, -20, taskService.createTaskQuery()
                .taskCandidateGroupIn(List.of(Role.POLICE.groupId(), Role.POLICE_CHIEF.groupId()))
                .includeAssignedTasks().orderByTaskPriority().desc().orderByDueDate().asc(),
                Set.of(Role.POLICE, Role.POLICE_CHIEF));
        ensure(ASSIGNED_TO_ME, -10, taskService.createTaskQuery().taskAssigneeExpression(ME)
                .orderByDueDate().asc().orderByTaskCreateTime().asc(), everyone);
    }

    /** Creates or rewrites the filter named by {@code filter.<id>.name}, and lets the roles read it. */
    private void ensure(String id, int priority, TaskQuery query, Set<Role> roles) {
        String name = Messages.get("filter." + id + ".name");
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(Map.of("description", Messages.get("filter." + id + ".description"),
                "priority", priority, "refresh", true, "variables", CASE_COLUMNS));
        filterService.saveFilter(filter);
        for (Role role : roles) {
            grants.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /** Removes a list of an earlier version; the engine removes what it granted with it. */
    private void retire(String id) {
        Filter filter = filterService.createFilterQuery().filterName(Messages.get("filter.retired." + id + ".name"))
                .singleResult();
        if (filter != null) {
            filterService.deleteFilter(filter.getId());
        }
    }

    /** A process variable Tasklist shows beside each task, under its label. */
    private static Map<String, String> column(String variable) {
        return Map.of("name", variable, "label", Messages.get("filter.column." + variable));
    }
}
