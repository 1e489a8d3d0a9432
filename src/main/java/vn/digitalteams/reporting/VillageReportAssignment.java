package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;
import vn.digitalteams.team.VillageTeam;

/**
 * Create listener of a village's report task: names it after the village, gives it to the village
 * team's leader (to the commune team leaders when that leader has no account), and prefills the
 * period's figures from the activity log, which the form shows and the leader may correct.
 */
@Component("villageReportAssignment")
class VillageReportAssignment implements TaskListener {

    private final ReportingCycles cycles;
    private final ActivityLog activityLog;

    VillageReportAssignment(ReportingCycles cycles, ActivityLog activityLog) {
        this.cycles = cycles;
        this.activityLog = activityLog;
    }

    @Override
    public void notify(DelegateTask task) {
        String teamCode = (String) task.getVariable("teamCode");
        String communeCode = (String) task.getVariable("communeCode");
        ReportingPeriod period = ReportingPeriod.parse((String) task.getVariable("period"));
        VillageTeam team = cycles.villageTeam(communeCode, teamCode);

        task.setName("Báo cáo " + period.label() + ": " + team.villageName());
        if (team.leaderUserId() != null) {
            task.setAssignee(team.leaderUserId());
        } else {
            task.addCandidateGroup(Role.COMMUNE_LEADER.groupId());
        }
        task.setVariableLocal("teamCode", teamCode);
        task.setVariableLocal("teamName", team.name());
        // Declared on the village's sub-process instance, so the late-village task is named after it too.
        task.getExecution().setVariable("villageName", team.villageName());
        // Local to the village's own execution, not to the task: Tasklist's submission updates them there,
        // and so does a REST completion, which writes to the execution and would not see task-local values.
        ActivitySummary summary = activityLog.summarize(teamCode, period.from(), period.to());
        for (ActivityType type : ActivityType.values()) {
            task.getExecution().setVariableLocal(type.variable(), summary.count(type));
        }
        task.getExecution().setVariableLocal("vulnerableHelped", summary.vulnerableTotal());
    }
}
