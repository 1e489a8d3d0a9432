package vn.digitalteams.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.team.Withdrawals;

/**
 * Start listener of membership-withdrawal: the leader proposes, on the member's request, that they
 * leave. Refuses a proposal the rules forbid (not their team, not an active member, a leader or deputy
 * without a successor) before anything is written, then writes the case record, gives the case its
 * number and sets the few variables the flow needs ({@link WithdrawalVariables}).
 */
@Component("withdrawalIntake")
class WithdrawalIntake implements ExecutionListener {

    static final String CASE_PREFIX = "RT";

    private final Withdrawals withdrawals;
    private final CaseStarter cases;
    private final WithdrawalCaseRepository records;

    WithdrawalIntake(Withdrawals withdrawals, CaseStarter cases, WithdrawalCaseRepository records) {
        this.withdrawals = withdrawals;
        this.cases = cases;
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MembershipForm submitted = new MembershipForm(execution);
        WithdrawalForm form = WithdrawalForm.of(submitted);
        CaseStarter.Starter starter = cases.starter();
        String teamCode = cases.team(form.teamCode(), starter);
        Withdrawals.Withdrawal withdrawal = withdrawals.check(teamCode, form.citizenId(), form.successorCitizenId(),
                starter.communeCode(), starter.userId());
        OpenedCase opened = cases.open(execution, starter, CASE_PREFIX);
        records.save(new WithdrawalCase(opened, withdrawal, form.citizenId(), form.requestDate(), form.reason()));
        submitted.consume(WithdrawalForm.FIELDS);
        WithdrawalVariables.open(execution, opened);
    }
}
