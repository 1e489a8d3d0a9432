package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The commune leader went on without a late village: the report will show it as not submitted. */
@Component("markVillageMissing")
class MarkVillageMissing implements JavaDelegate {

    private final ReportingCycles cycles;

    MarkVillageMissing(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.recordMissing(execution.getTenantId(), execution.getProcessBusinessKey(),
                PeriodicReportVariables.teamCode(execution));
    }
}
