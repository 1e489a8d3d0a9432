package vn.digitalteams.reporting;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * A day before the due date, the village's open report task moves to the top of its leader's list and
 * carries a note saying when it is due (from the cycle's record).
 */
@Component("remindVillageLeader")
class RemindVillageLeader implements JavaDelegate {

    static final int REMINDED_PRIORITY = 80;

    private final TaskService taskService;
    private final ReportingCycles cycles;

    RemindVillageLeader(TaskService taskService, ReportingCycles cycles) {
        this.taskService = taskService;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingCycle cycle = cycles.cycle(execution.getTenantId(), execution.getProcessBusinessKey());
        String note = Messages.get("report.reminder", ReportDeadline.text(cycle.dueOn()));
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(PeriodicReportForms.SUBMIT_VILLAGE_REPORT)
                .taskVariableValueEquals(PeriodicReportVariables.TEAM_CODE, PeriodicReportVariables.teamCode(execution))
                .list()) {
            taskService.setPriority(task.getId(), REMINDED_PRIORITY);
            taskService.createComment(task.getId(), task.getProcessInstanceId(), note);
        }
    }
}
