package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Checks what the police officer recorded when completing the review: at least one action taken, an
 * outcome, and for a public warning the scam pattern and the advice (never when no offence was found);
 * records it on the case, by whom and whether within the triage's deadline. The gateway after the task
 * routes on {@code warningApproved}.
 */
@Component("policeReview")
class PoliceReview implements TaskListener {

    /** The actions of the police form, each a checkbox, in the order the form shows them. */
    static final List<String> ACTIONS = List.of("actionCalledReporter", "actionBankFreeze", "actionReferredUp",
            "actionBlockedNumber", "actionNoOffence");
    static final String NO_OFFENCE = "no-offence";

    private final ScamReports scamReports;
    private final CurrentUser currentUser;
    private final Clock clock;

    PoliceReview(ScamReports scamReports, CurrentUser currentUser, Clock clock) {
        this.scamReports = scamReports;
        this.currentUser = currentUser;
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
        boolean warning = form.flag(ScamReportVariables.WARNING_APPROVED);
        if (warning && NO_OFFENCE.equals(outcome)) {
            throw invalid("scam.warning.noOffence");
        }
        ScamReport.PoliceOutcome result = new ScamReport.PoliceOutcome(actions, outcome, form.optionalText("policeNote"),
                warning, warning ? form.requiredText("warningPattern") : null,
                warning ? form.requiredText("warningAdvice") : null);
        scamReports.of(task.getExecution()).handled(result, currentUser.actorOf(task), clock.instant());
        ScamReportVariables.routeOnWarning(task, warning);
    }
}
