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

/**
 * The task lists each role opens Tasklist on. Without a filter it may read, a user sees no task at
 * all; each filter only narrows what the user may see anyway (candidate group, assignee, tenant).
 */
@Component
class TasklistFilters {

    static final String MY_WORK = "Việc của tôi";
    static final String AWAITING_APPROVAL = "Chờ phê duyệt";
    static final String TEAM_WORK = "Việc của tổ";
    static final String SCAM_REPORTS = "Tin báo lừa đảo";

    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", "caseKey", "label", "Hồ sơ"), Map.of("name", "teamName", "label", "Tổ"));

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
        ensure(AWAITING_APPROVAL, "Hồ sơ chờ Chủ tịch phê duyệt, cũ nhất trước", -20,
                taskService.createTaskQuery().taskCandidateGroupIn(List.of(Role.CHAIRMAN.groupId(),
                        Role.VICE_CHAIRMAN.groupId())).includeAssignedTasks().orderByTaskCreateTime().asc(),
                Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN));
        // A leader's own tasks: notices of decisions, recruiting, the cases they started.
        ensure(TEAM_WORK, "Việc giao cho tổ trưởng: thông báo kết quả, bổ sung thành viên", -20,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                Set.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER));
        // Police work by deadline: the triage gives urgent reports 4 hours, so they come first.
        ensure(SCAM_REPORTS, "Phản ánh lừa đảo, nội dung xấu độc chờ xác minh, hạn gần nhất trước", -20,
                taskService.createTaskQuery().taskCandidateGroupIn(List.of(Role.POLICE.groupId(),
                        Role.POLICE_CHIEF.groupId())).includeAssignedTasks().orderByDueDate().asc(),
                Set.of(Role.POLICE, Role.POLICE_CHIEF));
        ensure(MY_WORK, "Mọi nhiệm vụ bạn được giao hoặc có thể nhận", -10, taskService.createTaskQuery(), everyone);
    }

    private void ensure(String name, String description, int priority, TaskQuery query, Set<Role> roles) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of(
                    "description", description, "priority", priority, "refresh", true, "variables", CASE_COLUMNS));
            filterService.saveFilter(filter);
        }
        for (Role role : roles) {
            grants.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
