package vn.digitalteams.membership;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.identity.CommuneChecks;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.Withdrawals;

/**
 * After the Chairman approves a withdrawal: ends the membership of the case record on the requested
 * date (handing a leader's or deputy's role to the named successor) and issues the decision, in the
 * transaction that completes the Chairman's task. Tells the process whether the team fell below five
 * members ({@link WithdrawalVariables#TEAM_BELOW_MINIMUM}).
 */
@Component("withdrawMember")
class WithdrawMember implements JavaDelegate {

    private final MembershipCases cases;
    private final TeamDirectory teams;
    private final CommuneChecks communeChecks;
    private final Withdrawals withdrawals;
    private final Documents documents;
    private final DecisionTexts texts;
    private final Clock clock;

    WithdrawMember(MembershipCases cases, TeamDirectory teams, CommuneChecks communeChecks, Withdrawals withdrawals,
                   Documents documents, DecisionTexts texts, Clock clock) {
        this.cases = cases;
        this.teams = teams;
        this.communeChecks = communeChecks;
        this.withdrawals = withdrawals;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WithdrawalCase record = cases.withdrawal(execution);
        record.requireApproved();
        communeChecks.requireOneCommune("withdrawal " + record.caseKey(), record.communeCode(), execution.getTenantId(),
                teams.team(record.teamCode()).communeCode());
        boolean belowMinimum = withdrawals.withdraw(record.communeCode(), record.membershipId(), record.requestDate(),
                record.successorCitizenId());
        record.recordIssued(documents.issue(texts.withdrawal(record, VietnameseDates.today(clock), record.signer(),
                record.decidedByName())));
        record.memberLeft(belowMinimum);
        WithdrawalVariables.teamBelowMinimum(execution, belowMinimum);
    }
}
