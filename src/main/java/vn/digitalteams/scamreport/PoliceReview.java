package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * Checks what the police officer recorded when completing the review: at least one action taken, an
 * outcome, and for a public warning the scam pattern and the advice (never when no offence was found).
 */
@Component("policeReview")
class PoliceReview implements TaskListener {

    /** The actions of the police form, each a checkbox, in the order the form shows them. */
    static final List<String> ACTIONS = List.of("actionCalledReporter", "actionBankFreeze", "actionReferredUp",
            "actionBlockedNumber", "actionNoOffence");

    private final Clock clock;

    PoliceReview(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ScamForm form = new ScamForm(task);
        List<String> actions = ACTIONS.stream().filter(form::flag).toList();
        if (actions.isEmpty()) {
            throw invalid("scam.actions.required");
        }
        String outcome = form.code("outcome", ScamCodes.OUTCOMES, "scam.outcome.unknown");
        boolean warning = form.flag("warningApproved");
        if (warning && "no-offence".equals(outcome)) {
            throw invalid("scam.warning.noOffence");
        }
        String pattern = warning ? form.requiredText("warningPattern") : null;
        String advice = warning ? form.requiredText("warningAdvice") : null;
        task.setVariable("warningApproved", warning);
        task.setVariable("warningPattern", pattern);
        task.setVariable("warningAdvice", advice);
        task.setVariable("outcomeLabel", ScamCodes.outcomeLabel(outcome));
        task.setVariable("actionsText", String.join("; ", actions.stream().map(a -> Messages.get("scam." + a)).toList()));
        task.setVariable("handledBy", task.getAssignee());
        Date due = task.getDueDate();
        task.setVariable("handledInTime", due == null || !new Date(clock.millis()).after(due));
    }
}
