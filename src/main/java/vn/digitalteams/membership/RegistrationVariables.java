package vn.digitalteams.membership;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Every process variable of membership-registration (processes/membership-registration.bpmn). The
 * case's facts are in {@link RegistrationCase}; variables carry only what the flow routes on.
 */
final class RegistrationVariables {

    /** The case key, also the business key: lets Cockpit users find a case by its number. */
    static final String CASE_KEY = "caseKey";
    /** A {@link Date}: the approval task's due date and the time of the overdue timer. */
    static final String APPROVAL_DUE_DATE = "approvalDueDate";
    /** The referring leader's user id: the assignee of the tasks that tell them the outcome. */
    static final String REFERRER_ID = "referrerId";
    /**
     * A boolean the approval gateway routes on, left by the Chairman's decision listener
     * ({@code chairmanDecision}) from the form's radio; transient when the form submitted it so.
     */
    static final String APPROVED = "approved";

    private RegistrationVariables() {
    }

    static void open(VariableScope instance, OpenedCase opened) {
        instance.setVariable(CASE_KEY, opened.caseKey());
        instance.setVariable(APPROVAL_DUE_DATE, Date.from(opened.approvalDue()));
        instance.setVariable(REFERRER_ID, opened.referrerId());
    }
}
