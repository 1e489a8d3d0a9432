package vn.digitalteams.membership;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Withdrawals;

/**
 * After the Chairman approves a withdrawal: ends the membership on the requested date (handing a
 * leader's or deputy's role to the named successor) and issues the decision, in the transaction that
 * completes the Chairman's task. Tells the process whether the team fell below five members.
 */
@Component("withdrawMember")
class WithdrawMember implements JavaDelegate {

    private final Withdrawals teams;
    private final Documents documents;
    private final DecisionTexts texts;
    private final Clock clock;

    WithdrawMember(Withdrawals teams, Documents documents, DecisionTexts texts, Clock clock) {
        this.teams = teams;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean belowMinimum = teams.withdraw((String) execution.getVariable("communeCode"), (Long) execution.getVariable("membershipId"),
                LocalDate.parse((String) execution.getVariable("requestDate")),
                (String) execution.getVariable("successorCitizenId"));
        DecisionVariables.record(execution, documents.issue(texts.withdrawal(execution.getVariables(),
                VietnameseDates.today(clock), Signer.valueOf((String) execution.getVariable("signer")),
                (String) execution.getVariable("approverName"))));
        execution.setVariable("teamBelowMinimum", belowMinimum);
    }
}
