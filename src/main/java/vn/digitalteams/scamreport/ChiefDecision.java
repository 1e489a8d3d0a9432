package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;

/**
 * The police chief's answer to an overdue report: give the police task to a named officer of the
 * commune police, or take it over themselves. Either way the officer finds it assigned in Tasklist.
 */
@Component("chiefDecision")
class ChiefDecision implements TaskListener {

    static final String REASSIGN = "reassign";
    static final String TAKE_OVER = "takeOver";
    static final String POLICE_TASK = "reviewReport";

    private final TaskService taskService;
    private final IdentityService identityService;

    ChiefDecision(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        ScamForm form = new ScamForm(task);
        String action = form.code("chiefAction", List.of(REASSIGN, TAKE_OVER), "scam.chief.action.unknown");
        String communeCode = (String) task.getVariable("communeCode");
        String officer = TAKE_OVER.equals(action) ? chief(task) : form.required("officerId");
        boolean communePolice = identityService.createUserQuery().userId(officer)
                .memberOfGroup(Role.POLICE.groupId()).memberOfTenant(communeCode).count() == 1;
        if (!communePolice) {
            throw invalid("scam.chief.officer.notPolice", officer);
        }
        Task review = taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(POLICE_TASK).singleResult();
        if (review != null) {
            taskService.setAssignee(review.getId(), officer);
        }
        task.setVariable("reassignedTo", officer);
    }

    private String chief(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
