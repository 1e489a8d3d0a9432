package vn.digitalteams.scamreport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the triage table decided, records its answer on the case (severity, response hours) with the
 * police deadline, now plus the response hours; the flow keeps only the deadline, for the police task's
 * due date and its timer.
 */
@Component("responseDeadline")
class ResponseDeadline implements ExecutionListener {

    private final ScamReports scamReports;
    private final Clock clock;

    ResponseDeadline(ScamReports scamReports, Clock clock) {
        this.scamReports = scamReports;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(ScamReportVariables.TRIAGE);
        // The table's result map is read once here; storing it would need Java serialization.
        execution.removeVariable(ScamReportVariables.TRIAGE);
        int hours = ((Number) triage.get("responseHours")).intValue();
        Instant due = clock.instant().plus(Duration.ofHours(hours));
        scamReports.of(execution).triaged((String) triage.get("severity"), hours, due);
        execution.setVariable(ScamReportVariables.POLICE_DUE_DATE, Date.from(due));
    }
}
