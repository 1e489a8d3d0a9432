package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.team.VillageTeam;

/**
 * Create listener of a village's report task and of its revision after a return: names it after the
 * period and the village ("Báo cáo …: Bản 03", "Sửa báo cáo …: Bản 03"), gives it to the village team's
 * leader (to the commune team leaders when that leader has no account) and keeps the team's code on the
 * task, where the reminder finds it. What the form shows is read when it is opened ({@link PeriodicReportForms}),
 * not stored here.
 */
@Component("villageReportAssignment")
class VillageReportAssignment implements TaskListener {

    private final ReportingCycles cycles;

    VillageReportAssignment(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        String teamCode = PeriodicReportVariables.teamCode(task.getExecution());
        ReportingCycle cycle = cycles.cycle(task.getTenantId(), task.getExecution().getProcessBusinessKey());
        VillageTeam team = cycles.villageTeam(cycle.communeCode(), teamCode);

        boolean revision = PeriodicReportForms.REVISE_VILLAGE_REPORT.equals(task.getTaskDefinitionKey());
        task.setName(Messages.get(revision ? "report.task.revision" : "report.task.village", cycle.period().label(),
                team.villageName()));
        if (team.leaderUserId() != null) {
            task.setAssignee(team.leaderUserId());
        } else {
            task.addCandidateGroup(Role.COMMUNE_LEADER.groupId());
        }
        task.setVariableLocal(PeriodicReportVariables.TEAM_CODE, teamCode);
    }
}
