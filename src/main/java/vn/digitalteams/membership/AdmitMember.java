package vn.digitalteams.membership;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.Admissions;

/**
 * After the Chairman approves: admits the person (a collaborator if the team already has ten members)
 * and issues the decision, in the transaction that completes the Chairman's task, so either all of it
 * happens or none. Issuing is idempotent per case, so a retry never burns a second number.
 */
@Component("admitMember")
class AdmitMember implements JavaDelegate {

    private final Admissions teams;
    private final Documents documents;
    private final DecisionTexts texts;
    private final Clock clock;

    AdmitMember(Admissions teams, Documents documents, DecisionTexts texts, Clock clock) {
        this.teams = teams;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReferralForm form = ReferralForm.of(execution);
        LocalDate today = VietnameseDates.today(clock);
        Admissions.Admission admission = teams.admit((String) execution.getVariable("communeCode"), form.teamCode(), form.person(), MembershipRole.MEMBER, today, null);
        boolean collaborator = admission.role() == MembershipRole.COLLABORATOR;
        IssuedDocument decision = documents.issue(texts.admission(execution.getVariables(), collaborator, today,
                Signer.valueOf((String) execution.getVariable("signer")), (String) execution.getVariable("approverName")));
        teams.recordDecision(admission.membershipId(), decision.number());
        execution.setVariable("admittedAs", collaborator ? "collaborator" : "member");
        DecisionVariables.record(execution, decision);
    }
}
