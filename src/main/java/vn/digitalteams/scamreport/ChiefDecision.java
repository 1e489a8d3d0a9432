package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;

/**
 * The police chief's answer to an overdue report: give the police task to a named officer of the
 * commune police, or take it over themselves. Either way the officer finds it assigned in Tasklist, and
 * the case records who it went to.
 */
@Component("chiefDecision")
class ChiefDecision implements TaskListener {

    static final String REASSIGN = "reassign";
    static final String TAKE_OVER = "takeOver";
    static final String POLICE_TASK = "reviewReport";

    private final TaskService taskService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final ScamReports scamReports;

    ChiefDecision(TaskService taskService, IdentityService identityService, CurrentUser currentUser, ScamReports scamReports) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.scamReports = scamReports;
    }

    @Override
    public void notify(DelegateTask task) {
        ScamForm form = new ScamForm(task);
        String action = form.code("chiefAction", List.of(REASSIGN, TAKE_OVER), "scam.chief.action.unknown");
        String officer = TAKE_OVER.equals(action) ? currentUser.actorOf(task) : form.required("officerId");
        boolean communePolice = identityService.createUserQuery().userId(officer)
                .memberOfGroup(Role.POLICE.groupId()).memberOfTenant(task.getTenantId()).count() == 1;
        if (!communePolice) {
            throw invalid("scam.chief.officer.notPolice", officer);
        }
        Task review = taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(POLICE_TASK).singleResult();
        if (review != null) {
            taskService.setAssignee(review.getId(), officer);
        }
        scamReports.of(task.getExecution()).reassignedTo(officer);
    }
}
