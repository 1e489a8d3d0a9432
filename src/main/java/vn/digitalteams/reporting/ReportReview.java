package vn.digitalteams.reporting;

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
 * Complete listener of the Chairman's review: approve, or send back saying what to change; records
 * who signs the report and how (as Chairman, or "KT. CHỦ TỊCH" as Vice-Chairman).
 */
@Component("reportReview")
class ReportReview implements TaskListener {

    private final IdentityService identityService;
    private final UserAccounts accounts;

    ReportReview(IdentityService identityService, UserAccounts accounts) {
        this.identityService = identityService;
        this.accounts = accounts;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = switch (String.valueOf(task.getVariable("reportApproved"))) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("form.decision.required");
        };
        // Radio buttons submit "true"/"false" as text; the gateway needs a boolean.
        task.setVariable("reportApproved", approved);
        ReportForm form = new ReportForm(task);
        if (approved) {
            form.optionalText("reviewComment");
        } else {
            form.requiredText("reviewComment");
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        String reviewer = authentication != null ? authentication.getUserId() : task.getAssignee();
        List<String> groups = authentication == null ? List.of() : authentication.getGroupIds();
        task.setVariable("reviewerName", reviewer == null ? "" : accounts.displayName(reviewer));
        task.setVariable("signer", Signer.of(role -> groups.contains(role.groupId())).name());
    }
}
