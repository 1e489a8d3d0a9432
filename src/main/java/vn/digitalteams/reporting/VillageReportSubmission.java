package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Complete listener of a village's report task: checks the submitted figures and texts and records the
 * report (late when past the due date) in the completion's transaction; a bad value refuses the
 * completion. The village is the one the task's execution reports for (its multi-instance element), not
 * anything the submission names.
 */
@Component("villageReportSubmission")
class VillageReportSubmission implements TaskListener {

    private final CurrentUser currentUser;
    private final ReportingCycles cycles;

    VillageReportSubmission(CurrentUser currentUser, ReportingCycles cycles) {
        this.currentUser = currentUser;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        VillageReportForm form = new VillageReportForm(task);
        cycles.recordSubmission(task.getTenantId(), task.getExecution().getProcessBusinessKey(),
                PeriodicReportVariables.teamCode(task.getExecution()), form.values(), currentUser.actorOf(task));
        form.forget(VillageReportForm.FIELDS);
    }
}
