package vn.digitalteams.scamreport;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * The case record of a scam-report instance, found by its commune (the instance's tenant) and case key
 * (its business key). Public for the BPMN's expressions: task names and the triage table's inputs come
 * from the record, never from variables a user could have set.
 */
@Component("scamReports")
public class ScamReports {

    private final ScamReportRepository reports;

    ScamReports(ScamReportRepository reports) {
        this.reports = reports;
    }

    /**
     * The severity the triage gave the case, as police read it in a task name: "Khẩn cấp", "Cao",
     * "Bình thường".
     *
     * @throws IllegalStateException when the instance has no record (started before records existed)
     */
    public String severityLabelOf(DelegateExecution execution) {
        return ScamCodes.severityLabel(of(execution).severity());
    }

    /** "LD-2026-0007 (Khẩn cấp)": the case and its severity, as the police's tasks name it. */
    public String caseAndSeverityOf(DelegateExecution execution) {
        return Messages.get("scam.task.subject", execution.getProcessBusinessKey(), severityLabelOf(execution));
    }

    /**
     * The police task's priority from the triage's severity: 90 urgent, 70 high, 50 normal (see
     * {@link ScamCodes#severityPriority}).
     *
     * @throws IllegalStateException when the instance has no record
     */
    public int priorityOf(DelegateExecution execution) {
        return ScamCodes.severityPriority(of(execution).severity());
    }

    /**
     * What {@code processes/scam-triage.dmn} decides on, from the record: {@code category} (the category
     * code, "deepfake"), {@code amountLost} (whole dong, a Long) and {@code moneyStillMoving} (a Boolean).
     *
     * @throws IllegalStateException when the instance has no record
     */
    public Map<String, Object> triageInputOf(DelegateExecution execution) {
        ScamReport report = of(execution);
        return Map.of(ScamReportVariables.TRIAGE_CATEGORY, report.category(),
                ScamReportVariables.TRIAGE_AMOUNT_LOST, report.amountLost(),
                ScamReportVariables.TRIAGE_MONEY_STILL_MOVING, report.moneyStillMoving());
    }

    ScamReport of(DelegateExecution execution) {
        return of(execution.getTenantId(), execution.getProcessBusinessKey());
    }

    ScamReport of(String communeCode, String caseKey) {
        return reports.findByCommuneCodeAndCaseKey(communeCode, caseKey).orElseThrow(
                () -> new IllegalStateException("No scam report " + caseKey + " in commune " + communeCode));
    }
}
