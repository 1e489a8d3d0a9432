package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Complete listener of a village's report task and of its revision after a return: checks the submitted
 * figures and texts and records the report (late when past the due date) or replaces it with the revision,
 * in the completion's transaction; a bad value, or a figure above its plausible maximum without an
 * explanation, refuses the completion. The village is the one the task's execution reports for (its
 * multi-instance element), not anything the submission names.
 */
@Component("villageReportSubmission")
class VillageReportSubmission implements TaskListener {

    private final CurrentUser currentUser;
    private final ReportingCycles cycles;
    private final ReportTexts texts;

    VillageReportSubmission(CurrentUser currentUser, ReportingCycles cycles, ReportTexts texts) {
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        VillageReportForm form = new VillageReportForm(task);
        VillageReportForm.Values values = form.values(texts);
        String communeCode = task.getTenantId();
        String caseKey = task.getExecution().getProcessBusinessKey();
        String teamCode = PeriodicReportVariables.teamCode(task.getExecution());
        if (PeriodicReportForms.REVISE_VILLAGE_REPORT.equals(task.getTaskDefinitionKey())) {
            cycles.recordRevision(communeCode, caseKey, teamCode, values, currentUser.actorOf(task));
        } else {
            cycles.recordSubmission(communeCode, caseKey, teamCode, values, currentUser.actorOf(task));
        }
        form.forget(VillageReportForm.FIELDS);
    }
}
