package vn.digitalteams.reporting;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The process variables of periodic-report.bpmn, the only ones it keeps: the case key, the instants
 * its timers and tasks fall due, and what it routes on. Everything else about a cycle is its record
 * ({@link ReportingCycle}, {@link VillageReport}), found by the instance's tenant and business key.
 */
final class PeriodicReportVariables {

    static final String PROCESS_KEY = "periodic-report";

    /** The cycle's business key, "BC-tam-quang-2026-11". */
    static final String CASE_KEY = "caseKey";
    /** When the village reports are due (17:00 of the due date): the tasks' due date and the overdue timer. */
    static final String DUE_AT = "dueAt";
    /** A day before {@link #DUE_AT}: the reminder's timer. */
    static final String REMINDER_AT = "reminderAt";
    /**
     * The multi-instance element of the village reports: the village team's code. Also kept local to
     * the village's report task, where the reminder finds it.
     */
    static final String TEAM_CODE = "teamCode";

    /**
     * The commune team leader's answer to a late village ("wait", "proceed"): submitted with the form,
     * transient, and read by the gateway after it in the same transaction; without it the cycle waits.
     */
    static final String LATE_VILLAGE_DECISION = "lateVillageDecision";
    /**
     * The commune team leader's decision at consolidation ("submit" to the Chairman, "return" to villages),
     * left transient by the consolidation's listener for the gateway after it, as checked.
     */
    static final String CONSOLIDATION_DECISION = "consolidationDecision";
    /** The Chairman's decision on the report, left as a boolean by {@code ${chairmanDecision}} for the gateway. */
    static final String APPROVED = "approved";

    /**
     * What the system passes when it opens a cycle (a user's start form has only the period and the due
     * date; their commune is their own). Passed transient: the cycle's record keeps them. The commune
     * also gives the instance its tenant (identity's tenant provider reads it at the start).
     */
    static final String COMMUNE_CODE = "communeCode";
    static final String PERIOD = "period";
    static final String DUE_DATE = "dueDate";

    private PeriodicReportVariables() {
    }

    /** The start variables of a cycle the system opens, all transient (they live only in the start). */
    static VariableMap systemStart(String communeCode, ReportingPeriod period, LocalDate dueOn) {
        return Variables.createVariables()
                .putValueTyped(COMMUNE_CODE, Variables.stringValue(communeCode, true))
                .putValueTyped(PERIOD, Variables.stringValue(period.code(), true))
                .putValueTyped(DUE_DATE, Variables.stringValue(dueOn.toString(), true));
    }

    /** What the intake leaves the instance: its key and the instants its tasks and timers fall due. */
    static void opened(DelegateExecution execution, ReportingCycle cycle) {
        execution.setProcessBusinessKey(cycle.caseKey());
        execution.setVariable(CASE_KEY, cycle.caseKey());
        execution.setVariable(DUE_AT, Date.from(ReportDeadline.of(cycle.dueOn())));
        execution.setVariable(REMINDER_AT, Date.from(ReportDeadline.reminderOf(cycle.dueOn())));
    }

    /**
     * What the gateway after the consolidation routes on, transient whatever the submission was (the Java
     * API's variables are persistent): it lives in the completion's transaction only, the record keeps the rest.
     */
    static void consolidationDecided(VariableScope task, ConsolidationForm.Decision decision) {
        task.removeVariable(CONSOLIDATION_DECISION);
        task.setVariable(CONSOLIDATION_DECISION, Variables.stringValue(decision.value(), true));
    }

    /** The village team whose report this execution (or task) is about. */
    static String teamCode(VariableScope scope) {
        return (String) scope.getVariable(TEAM_CODE);
    }
}
