package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.FormValues;

/**
 * Complete listener of every task where the Chairman or a vice-chairman decides on a draft (joining,
 * leaving, a periodic report): the form's {@code approved} ("true"/"false"), and its note: {@code decisionNote}
 * when approving, optional; {@code refusalReason} when not, required (no refusal goes unexplained). The forms
 * show the one that fits the choice and mark the reason required, so a user never submits a refusal without
 * one; a REST client may send either field. Publishes {@link ChairmanDecided}
 * for the module that owns the case, which records who decided and how they sign, and leaves the
 * process the boolean {@code approved} its gateway routes on.
 */
@Component("chairmanDecision")
class ChairmanDecision implements TaskListener {

    static final String APPROVED = "approved";
    static final String NOTE = "decisionNote";
    static final String REFUSAL_REASON = "refusalReason";
    static final int MAX_NOTE = 1000;

    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final RepositoryService repositoryService;
    private final ApplicationEventPublisher events;

    ChairmanDecision(CurrentUser currentUser, UserAccounts accounts, RepositoryService repositoryService,
                     ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.repositoryService = repositoryService;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        TypedValue given = task.getVariableTyped(APPROVED);
        boolean approved = switch (String.valueOf(given == null ? null : given.getValue())) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("form.decision.required");
        };
        DecisionForm form = new DecisionForm(task);
        String note = approved ? form.optionalText(NOTE) : refusalReason(form);
        String approver = currentUser.actorOf(task);
        Signer signer = currentUser.isSignedIn() ? Signer.of(currentUser::hasRole) : Signer.CHAIRMAN;
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        events.publishEvent(new ChairmanDecided(processKey, task.getTenantId(), task.getExecution().getProcessBusinessKey(),
                approved, note, approver, accounts.displayName(approver), signer));
        // The form submits the radio's text; the gateway needs a boolean. Kept as transient as it came:
        // a form submission lives only in this transaction, the case record keeps the decision.
        task.setVariable(APPROVED, Variables.booleanValue(approved, given.isTransient()));
    }

    private static String refusalReason(DecisionForm form) {
        String reason = form.optionalText(REFUSAL_REASON);
        return reason != null ? reason : Optional.ofNullable(form.optionalText(NOTE))
                .orElseThrow(() -> invalid("form.required", form.label(REFUSAL_REASON)));
    }

    /** The decision form's fields, labelled under {@code field.*}. */
    private static final class DecisionForm extends FormValues {
        DecisionForm(DelegateTask task) {
            super(task, "field.", MAX_NOTE, MAX_NOTE);
        }
    }
}
