package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.UserAccounts;


/**
 * Complete listener of the Chairman's approval tasks: a decision must be taken, and a refusal must
 * say why; records who decided, and whether they sign as Chairman or as Vice-Chairman.
 */
@Component("approvalDecision")
class ApprovalDecision implements TaskListener {

    private final IdentityService identityService;
    private final UserAccounts accounts;

    ApprovalDecision(IdentityService identityService, UserAccounts accounts) {
        this.identityService = identityService;
        this.accounts = accounts;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = switch (String.valueOf(task.getVariable("approved"))) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("form.decision.required");
        };
        // A form's radio buttons may submit "true"/"false" as text; the gateway needs a boolean.
        task.setVariable("approved", approved);
        MembershipForm form = new MembershipForm(task);
        if (!approved) {
            form.requiredText("decisionNote");
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        String approver = authentication != null ? authentication.getUserId() : task.getAssignee();
        List<String> groups = authentication == null ? List.of() : authentication.getGroupIds();
        task.setVariable("approverId", approver);
        task.setVariable("approverName", approver == null ? "" : accounts.displayName(approver));
        task.setVariable("signer", Signer.of(role -> groups.contains(role.groupId())).name());
    }
}
