package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

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
 * leaving, a periodic report): the form's {@code approved} ("true"/"false") and {@code decisionNote},
 * required when not approved (Decree 30 leaves no refusal unexplained). Publishes {@link ChairmanDecided}
 * for the module that owns the case, which records who decided and how they sign, and leaves the
 * process the boolean {@code approved} its gateway routes on.
 */
@Component("chairmanDecision")
class ChairmanDecision implements TaskListener {

    static final String APPROVED = "approved";
    static final String NOTE = "decisionNote";
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
        String note = approved ? form.optionalText(NOTE) : form.requiredText(NOTE);
        String approver = currentUser.actorOf(task);
        Signer signer = currentUser.isSignedIn() ? Signer.of(currentUser::hasRole) : Signer.CHAIRMAN;
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        events.publishEvent(new ChairmanDecided(processKey, task.getTenantId(), task.getExecution().getProcessBusinessKey(),
                approved, note, approver, accounts.displayName(approver), signer));
        // The form submits the radio's text; the gateway needs a boolean. Kept as transient as it came:
        // a form submission lives only in this transaction, the case record keeps the decision.
        task.setVariable(APPROVED, Variables.booleanValue(approved, given.isTransient()));
    }

    /** The decision form's fields, labelled under {@code field.*}. */
    private static final class DecisionForm extends FormValues {
        DecisionForm(DelegateTask task) {
            super(task, "field.", MAX_NOTE, MAX_NOTE);
        }
    }
}
