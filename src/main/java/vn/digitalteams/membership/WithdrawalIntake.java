package vn.digitalteams.membership;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Withdrawals;

/**
 * Start listener of membership-withdrawal: the leader proposes, on the member's request, that they
 * leave. The member is named by {@code membershipId}, or by {@code citizenId} in the leader's team. Refuses a proposal the rules forbid (not their team, not an active member, a leader or deputy
 * without a successor) before any instance exists.
 */
@Component("withdrawalIntake")
class WithdrawalIntake implements ExecutionListener {

    static final String CASE_PREFIX = "RT";

    private final Withdrawals teams;
    private final CaseStarter cases;

    WithdrawalIntake(Withdrawals teams, CaseStarter cases) {
        this.teams = teams;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MembershipForm form = new MembershipForm(execution);
        String citizenId = form.required("citizenId");
        LocalDate requestDate = form.requiredDate("requestDate");
        form.requiredText("reason");
        String successor = form.optional("successorCitizenId");
        CaseStarter.Starter starter = cases.starter();
        String teamCode = cases.team(execution, form.optional("teamCode"), starter);
        execution.setVariable("citizenId", citizenId);
        Withdrawals.Withdrawal withdrawal = teams.check(teamCode, citizenId, successor, starter.communeCode(),
                starter.userId());
        cases.open(execution, starter, CASE_PREFIX);
        execution.setVariable("requestDate", requestDate.toString());
        execution.setVariable("requestDateText", VietnameseDates.format(requestDate));
        execution.setVariable("membershipId", withdrawal.membershipId());
        execution.setVariable("fullName", withdrawal.fullName());
        execution.setVariable("roleName", Messages.get("role." + withdrawal.role().name().toLowerCase()));
        execution.setVariable("successorName", withdrawal.successorName());
        execution.setVariable("teamName", withdrawal.teamName());
        execution.setVariable("communeName", withdrawal.communeName());
        execution.setVariable("teamEstablishedBy", withdrawal.teamEstablishedBy());
    }
}
