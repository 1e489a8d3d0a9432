package vn.digitalteams.membership;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Every process variable of membership-withdrawal (processes/membership-withdrawal.bpmn). The case's
 * facts are in {@link WithdrawalCase}; variables carry only what the flow routes on.
 */
final class WithdrawalVariables {

    /** The case key, also the business key: lets Cockpit users find a case by its number. */
    static final String CASE_KEY = "caseKey";
    /** A {@link Date}: the approval task's due date and the time of the overdue timer. */
    static final String APPROVAL_DUE_DATE = "approvalDueDate";
    /** The proposing leader's user id: the assignee of the rejection notice and of the recruiting task. */
    static final String REFERRER_ID = "referrerId";
    /** A boolean the approval gateway routes on, left by the Chairman's decision listener ({@code chairmanDecision}). */
    static final String APPROVED = "approved";
    /** A boolean set by {@code withdrawMember}: the team kept fewer than five members, so it must recruit. */
    static final String TEAM_BELOW_MINIMUM = "teamBelowMinimum";

    private WithdrawalVariables() {
    }

    static void open(VariableScope instance, OpenedCase opened) {
        instance.setVariable(CASE_KEY, opened.caseKey());
        instance.setVariable(APPROVAL_DUE_DATE, Date.from(opened.approvalDue()));
        instance.setVariable(REFERRER_ID, opened.referrerId());
    }

    static void teamBelowMinimum(VariableScope instance, boolean belowMinimum) {
        instance.setVariable(TEAM_BELOW_MINIMUM, belowMinimum);
    }
}
