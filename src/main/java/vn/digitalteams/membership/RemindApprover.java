package vn.digitalteams.membership;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.Messages;

/**
 * When the approval deadline passes, the waiting task moves to the top of the Chairman's list
 * (highest priority) and carries a note saying it is overdue; the task itself stays where it is.
 */
@Component("remindApprover")
class RemindApprover implements JavaDelegate {

    static final int OVERDUE_PRIORITY = 100;

    private final TaskService taskService;

    RemindApprover(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskCandidateGroupIn(List.of(Role.CHAIRMAN.groupId(), Role.VICE_CHAIRMAN.groupId())).list()) {
            taskService.setPriority(task.getId(), OVERDUE_PRIORITY);
            taskService.createComment(task.getId(), task.getProcessInstanceId(),
                    Messages.get("approval.overdue"));
        }
    }
}
