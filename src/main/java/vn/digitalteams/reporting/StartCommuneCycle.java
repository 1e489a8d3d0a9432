package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One commune's share of the schedule (periodic-report-schedule.bpmn, one asynchronous job per commune):
 * opens the commune's cycle for the period the timer fired for, unless it has one.
 */
@Component("startCommuneCycle")
class StartCommuneCycle implements JavaDelegate {

    private final ScheduledCycles scheduledCycles;

    StartCommuneCycle(ScheduledCycles scheduledCycles) {
        this.scheduledCycles = scheduledCycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        scheduledCycles.open(PeriodicReportScheduleVariables.communeCode(execution),
                PeriodicReportScheduleVariables.period(execution));
    }
}
