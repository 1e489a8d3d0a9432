package vn.digitalteams.reporting;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * A day before the due date, the village's open report task moves to the top of its leader's list and
 * carries a note saying when it is due.
 */
@Component("remindVillageLeader")
class RemindVillageLeader implements JavaDelegate {

    static final int REMINDED_PRIORITY = 80;

    private final TaskService taskService;

    RemindVillageLeader(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("submitVillageReport")
                .taskVariableValueEquals("teamCode", execution.getVariable("teamCode")).list()) {
            taskService.setPriority(task.getId(), REMINDED_PRIORITY);
            taskService.createComment(task.getId(), task.getProcessInstanceId(),
                    Messages.get("report.reminder", execution.getVariable("dueText")));
        }
    }
}
