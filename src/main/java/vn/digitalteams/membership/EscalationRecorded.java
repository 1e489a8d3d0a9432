package vn.digitalteams.membership;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Complete listener of the follow-up tasks when an approval stalls for ten days (escalateApproval,
 * escalateWithdrawal; forms/approval-escalation.form): records on the case what the commune leader or
 * officer did to move the Chairman, and who did it.
 */
@Component("escalationRecorded")
class EscalationRecorded implements TaskListener {

    static final String ESCALATION_NOTE = "escalationNote";

    private final MembershipCases cases;
    private final CurrentUser currentUser;

    EscalationRecorded(MembershipCases cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        MembershipForm form = new MembershipForm(task);
        String note = form.requiredText(ESCALATION_NOTE);
        MembershipCase record = switch (task.getTaskDefinitionKey()) {
            case "escalateApproval" -> cases.registration(task.getExecution());
            case "escalateWithdrawal" -> cases.withdrawal(task.getExecution());
            default -> throw new IllegalStateException("Not an escalation task: " + task.getTaskDefinitionKey());
        };
        record.recordEscalation(note, currentUser.actorOf(task));
        form.consume(List.of(ESCALATION_NOTE));
    }
}
