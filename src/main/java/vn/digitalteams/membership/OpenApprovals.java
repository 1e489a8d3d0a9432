package vn.digitalteams.membership;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.OpenWork;

/** Joining and leaving cases awaiting the Chairman or vice-chairman, for the landing page. */
@Component
class OpenApprovals implements OpenWork {

    private final TaskService taskService;

    OpenApprovals(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public String name() {
        return "openApprovals";
    }

    @Override
    public long count(List<String> communes) {
        TaskQuery query = taskService.createTaskQuery()
                .processDefinitionKeyIn(MembershipCases.REGISTRATION, MembershipCases.WITHDRAWAL)
                .taskCandidateGroupIn(List.of(Role.CHAIRMAN.groupId(), Role.VICE_CHAIRMAN.groupId())).includeAssignedTasks();
        return (communes == null ? query : query.tenantIdIn(communes.toArray(String[]::new))).count();
    }
}
