package vn.digitalteams.membership;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.identity.CommuneChecks;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Admissions;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.TeamDirectory;

/**
 * After the Chairman approves: admits the person of the case record (a collaborator if the team
 * already has ten members) and issues the decision, signed as the record's decision says, in the
 * transaction that completes the Chairman's task, so either all of it happens or none. Issuing is
 * idempotent per case, so a retry never burns a second number.
 */
@Component("admitMember")
class AdmitMember implements JavaDelegate {

    private final MembershipCases cases;
    private final TeamDirectory teams;
    private final CommuneChecks communeChecks;
    private final Admissions admissions;
    private final Documents documents;
    private final DecisionTexts texts;
    private final Clock clock;

    AdmitMember(MembershipCases cases, TeamDirectory teams, CommuneChecks communeChecks, Admissions admissions,
                Documents documents, DecisionTexts texts, Clock clock) {
        this.cases = cases;
        this.teams = teams;
        this.communeChecks = communeChecks;
        this.admissions = admissions;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationCase record = cases.registration(execution);
        record.requireApproved();
        communeChecks.requireOneCommune("admission " + record.caseKey(), record.communeCode(), execution.getTenantId(),
                teams.team(record.teamCode()).communeCode());
        LocalDate today = VietnameseDates.today(clock);
        Admissions.Admission admission = admissions.admit(record.communeCode(), record.teamCode(), record.person(),
                MembershipRole.MEMBER, today, null);
        IssuedDocument decision = documents.issue(texts.admission(record,
                admission.role() == MembershipRole.COLLABORATOR, today, record.signer(), record.decidedByName()));
        admissions.recordDecision(admission.membershipId(), decision.number());
        record.admitted(admission.role(), admission.membershipId());
        record.recordIssued(decision);
    }
}
