package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of the consolidation: the assessment is required, every text has a size limit. */
@Component("consolidationSubmission")
class ConsolidationSubmission implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReportForm form = new ReportForm(task);
        form.requiredText("assessment");
        form.optionalText("difficulties");
        form.optionalText("proposals");
        form.optionalText("nextTasks");
    }
}
