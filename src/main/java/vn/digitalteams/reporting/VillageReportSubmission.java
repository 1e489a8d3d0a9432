package vn.digitalteams.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a village's report task: checks the figures and texts and records the report
 * (late when past the due date) in the completion's transaction; a bad value refuses the completion.
 */
@Component("villageReportSubmission")
class VillageReportSubmission implements TaskListener {

    private final IdentityService identityService;
    private final ReportingCycles cycles;

    VillageReportSubmission(IdentityService identityService, ReportingCycles cycles) {
        this.identityService = identityService;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        VillageReportForm.Values values = new VillageReportForm(task).values();
        Authentication authentication = identityService.getCurrentAuthentication();
        String submittedBy = authentication != null ? authentication.getUserId() : task.getAssignee();
        cycles.recordSubmission((String) task.getVariable("caseKey"), (String) task.getVariable("teamCode"), values,
                submittedBy);
    }
}
