package vn.digitalteams.scamreport;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.VietnameseDates;

/**
 * After the triage table decided, turns its result into plain variables (severity, responseHours)
 * and the police deadline: now plus the response hours, shown as dd/MM/yyyy HH:mm in Vietnam's time.
 */
@Component("responseDeadline")
class ResponseDeadline implements ExecutionListener {

    static final String TRIAGE_RESULT = "triage";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Clock clock;

    ResponseDeadline(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(TRIAGE_RESULT);
        String severity = (String) triage.get("severity");
        int hours = ((Number) triage.get("responseHours")).intValue();
        // The table's result map is read once here; storing it would need Java serialization.
        execution.removeVariable(TRIAGE_RESULT);
        ZonedDateTime due = ZonedDateTime.now(clock.withZone(VietnameseDates.ZONE)).plusHours(hours);
        execution.setVariable("severity", severity);
        execution.setVariable("severityLabel", ScamCodes.severityLabel(severity));
        execution.setVariable("responseHours", hours);
        execution.setVariable("policeDueDate", Date.from(due.toInstant()));
        execution.setVariable("policeDueText", SHOWN.format(due));
    }
}
