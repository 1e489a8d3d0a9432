package vn.digitalteams.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DecisionContent;
import vn.digitalteams.documents.DocumentType;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The wording of the Chairman's decisions on joining and leaving a team, from the case records. The
 * same text serves the draft the Chairman reads and the decision that is issued.
 */
@Component
class DecisionTexts {

    /** {@code asCollaborator}: the team has ten members, so the person joins its collaborator group (the plan). */
    DecisionContent admission(RegistrationCase record, boolean asCollaborator, LocalDate issuedOn, Signer signer,
                              String signerName) {
        String team = record.teamName();
        String person = Messages.get("decision.person." + record.gender().name(), record.personName());
        String as = asCollaborator ? "collaborator" : "member";
        String occupation = record.occupation() == null ? "" : Messages.get("decision.occupation", record.occupation());
        List<String> articles = List.of(
                Messages.get("decision.admission.article", person, VietnameseDates.format(record.birthDate()),
                        record.citizenId(), occupation, record.villageName(), record.communeName(),
                        Messages.get("decision.admission.as." + as, team)),
                Messages.get("decision.admission.duties", capitalized(person)),
                closingArticle(team, person));
        String subject = Messages.get("decision.admission.subject." + as, team);
        return content(record, DocumentType.ADMISSION_DECISION, issuedOn, subject, articles, signer, signerName);
    }

    DecisionContent withdrawal(WithdrawalCase record, LocalDate issuedOn, Signer signer, String signerName) {
        String team = record.teamName();
        String person = record.personName();
        List<String> articles = new ArrayList<>();
        articles.add(Messages.get("decision.withdrawal.article", person, team,
                VietnameseDates.format(record.requestDate())));
        if (record.successorName() != null) {
            articles.add(Messages.get("decision.withdrawal.successor", record.successorName(), record.memberRoleName(),
                    team, person));
        }
        articles.add(closingArticle(team, person));
        return content(record, DocumentType.WITHDRAWAL_DECISION, issuedOn,
                Messages.get("decision.withdrawal.subject", team), articles, signer, signerName);
    }

    private static DecisionContent content(MembershipCase record, DocumentType type, LocalDate issuedOn, String subject,
                                           List<String> articles, Signer signer, String signerName) {
        String commune = record.communeName();
        List<String> legalBases = List.of(
                Messages.get("decision.basis.law"),
                Messages.get("decision.basis.guidance"),
                Messages.get("decision.basis.plan", commune),
                Messages.get("decision.basis.team", record.teamEstablishedBy()));
        String proposal = Messages.get("decision.proposal", record.teamName());
        List<String> recipients = List.of(Messages.get("decision.recipient.articles", String.valueOf(articles.size())),
                Messages.get("decision.recipient.department"), Messages.get("decision.recipient.council"),
                Messages.get("decision.recipient.committee"));
        return new DecisionContent(record.communeCode(), commune, record.caseKey(), record.teamCode(), type, issuedOn,
                subject, legalBases, proposal, articles, signer, signerName, recipients);
    }

    /** The last article names who carries the decision out; "./." closes a decision's text. */
    private static String closingArticle(String team, String person) {
        return Messages.get("decision.closing", team, person);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
