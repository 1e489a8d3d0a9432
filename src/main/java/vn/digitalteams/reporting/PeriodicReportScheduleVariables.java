package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of periodic-report-schedule.bpmn: the periods its timer fired for (set by its
 * start event's expressions from {@link ReportingSchedule}), and, in each commune's job, the commune and
 * the period it opens.
 */
final class PeriodicReportScheduleVariables {

    static final String PROCESS_KEY = "periodic-report-schedule";

    /** This month, "2026-11". */
    static final String MONTH = "month";
    /** The quarter that ends this month, "2026-Q4"; null in the other months. */
    static final String QUARTER = "quarter";
    /** The multi-instance element: one commune's code. */
    static final String COMMUNE_CODE = "communeCode";
    /** The period a multi-instance opens, from {@link #MONTH} or {@link #QUARTER} (an input parameter). */
    static final String PERIOD = "period";

    private PeriodicReportScheduleVariables() {
    }

    static String communeCode(VariableScope scope) {
        return (String) scope.getVariable(COMMUNE_CODE);
    }

    static String period(VariableScope scope) {
        return (String) scope.getVariable(PERIOD);
    }
}
