package vn.digitalteams.scamreport;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The process variables of scam-report, all of them: the case key, who closes the case out, and what
 * the flow routes on. The case's facts are in its record ({@link ScamReport}), never here; the BPMN's
 * expressions use these names.
 */
final class ScamReportVariables {

    /** The case key, "LD-2026-0001"; also the instance's business key and a Tasklist column. */
    static final String CASE_KEY = "caseKey";
    /** The team member who filed the report: assignee of the close-out task {@code informResident}. */
    static final String FILED_BY = "filedBy";
    /** When the police's deadline passes (a {@link Date}): the police task's due date and its timer. */
    static final String POLICE_DUE_DATE = "policeDueDate";
    /** The police form's checkbox, a boolean the gateway {@code warningDecided} routes on. */
    static final String WARNING_APPROVED = "warningApproved";
    /**
     * The triage table's inputs, local to the business rule task {@code triageReport} and filled there from
     * the record ({@link ScamReports#triageInputOf}); they shadow the start form's fields of the same names.
     */
    static final String TRIAGE_CATEGORY = "category";
    static final String TRIAGE_AMOUNT_LOST = "amountLost";
    static final String TRIAGE_MONEY_STILL_MOVING = "moneyStillMoving";
    /** The triage table's result map, read and removed in the same transaction ({@link ResponseDeadline}). */
    static final String TRIAGE = "triage";

    private ScamReportVariables() {
    }

    /** Routes on the police's choice, keeping the transience the submitted value came with (transient from a form). */
    static void routeOnWarning(VariableScope scope, boolean approved) {
        TypedValue given = scope.getVariableTyped(WARNING_APPROVED);
        scope.setVariable(WARNING_APPROVED, Variables.booleanValue(approved, given == null || given.isTransient()));
    }
}
