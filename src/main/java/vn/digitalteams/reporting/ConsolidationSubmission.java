package vn.digitalteams.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Complete listener of the consolidation: the commune team leader's texts go into the cycle's record
 * (the assessment is required, every text has a size limit) and the Chairman reviews them next.
 */
@Component("consolidationSubmission")
class ConsolidationSubmission implements TaskListener {

    static final String ASSESSMENT = "assessment";
    static final String DIFFICULTIES = "difficulties";
    static final String PROPOSALS = "proposals";
    static final String NEXT_TASKS = "nextTasks";
    /** Every field of report-consolidation.form. */
    static final List<String> FIELDS = List.of(ASSESSMENT, DIFFICULTIES, PROPOSALS, NEXT_TASKS);

    private final CurrentUser currentUser;
    private final ReportingCycles cycles;

    ConsolidationSubmission(CurrentUser currentUser, ReportingCycles cycles) {
        this.currentUser = currentUser;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportForm form = new ReportForm(task);
        ReportingCycle.Consolidation texts = new ReportingCycle.Consolidation(form.requiredText(ASSESSMENT),
                form.optionalText(DIFFICULTIES), form.optionalText(PROPOSALS), form.optionalText(NEXT_TASKS));
        cycles.recordConsolidation(task.getTenantId(), task.getExecution().getProcessBusinessKey(), texts,
                currentUser.actorOf(task));
        form.forget(FIELDS);
    }
}
