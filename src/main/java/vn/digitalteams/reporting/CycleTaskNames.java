package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * What periodic-report.bpmn's task names say about their cycle, read from its record when the task is
 * created: {@code name="Tổng hợp báo cáo ${reportingCycleNames.periodOf(execution)} của xã"}. Public
 * because the expression language calls public methods of public classes only.
 */
@Component("reportingCycleNames")
public class CycleTaskNames {

    private final ReportingCycles cycles;

    CycleTaskNames(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    /**
     * The cycle's period as a document names it, "tháng 11 năm 2026" or "quý IV năm 2026".
     *
     * @param execution any execution of the cycle's instance (its tenant and business key find the record)
     * @throws vn.digitalteams.shared.UserFacingException not found when the instance has no cycle record
     */
    public String periodOf(DelegateExecution execution) {
        return cycles.cycle(execution.getTenantId(), execution.getProcessBusinessKey()).period().label();
    }

    /**
     * The name of the village a village's execution reports for, "Bản 03".
     *
     * @param execution an execution inside the village reports' sub-process (it sees the village team's code)
     * @throws vn.digitalteams.shared.UserFacingException not found when the team is not one of the commune's villages
     */
    public String villageOf(DelegateExecution execution) {
        return cycles.villageTeam(execution.getTenantId(), PeriodicReportVariables.teamCode(execution)).villageName();
    }

    /** "Bản 03, tháng 11 năm 2026": a village's task of the cycle (see {@link #villageOf}, {@link #periodOf}). */
    public String villageAndPeriodOf(DelegateExecution execution) {
        return Messages.get("report.task.subject", villageOf(execution), periodOf(execution));
    }
}
