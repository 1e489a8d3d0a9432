package vn.digitalteams.membership;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import vn.digitalteams.documents.ChairmanDecided;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.documents.Signer;

/**
 * What every membership case records (V9__membership_cases.sql): its commune and key, the team, the
 * leader who opened it and the Chairman's deadline, the Chairman's decision and the decision issued.
 * Written at intake and changed only by the case's own steps; never by a process variable.
 */
@MappedSuperclass
abstract class MembershipCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String caseKey;
    private Instant openedAt;
    private Instant approvalDue;
    private String teamCode;
    private String teamName;
    private String communeName;
    private String teamEstablishedBy;
    private String referrerId;
    private String referrerName;
    private String decidedBy;
    private String decidedByName;
    @Enumerated(EnumType.STRING)
    private Signer signer;
    private String decisionNote;
    private Instant decidedAt;
    private String decisionNumber;
    private Long decisionDocumentId;
    private String escalationNote;
    private String escalatedBy;

    protected MembershipCase() {
    }

    MembershipCase(OpenedCase opened, String teamCode, String teamName, String communeName, String teamEstablishedBy) {
        this.communeCode = opened.communeCode();
        this.caseKey = opened.caseKey();
        this.openedAt = opened.openedAt();
        this.approvalDue = opened.approvalDue();
        this.referrerId = opened.referrerId();
        this.referrerName = opened.referrerName();
        this.teamCode = teamCode;
        this.teamName = teamName;
        this.communeName = communeName;
        this.teamEstablishedBy = teamEstablishedBy;
    }

    /** Whom the case is about: the person referred, or the member leaving, "Lò Thị Mai". */
    abstract String personName();

    /** Whether the case still waits for the Chairman (and may be drafted, decided, withdrawn). */
    abstract boolean isAwaitingApproval();

    /** The Chairman refused: the case is closed without any change to the team. */
    abstract void refuse();

    /** Records the Chairman's decision; a refusal closes the case, an approval waits for its delegate. */
    void decide(ChairmanDecided decision, Instant at) {
        requireAwaitingApproval("decide");
        this.decidedBy = decision.approverId();
        this.decidedByName = decision.approverName();
        this.signer = decision.signer();
        this.decisionNote = decision.note();
        this.decidedAt = at;
        if (!decision.approved()) {
            refuse();
        }
    }

    /** Before the team is changed: the Chairman approved in this very transaction, and nothing else happened since. */
    void requireApproved() {
        requireAwaitingApproval("carry out");
        if (decidedAt == null) {
            throw new IllegalStateException("Case " + caseKey + " of " + communeCode + " has no Chairman's decision");
        }
    }

    void recordIssued(IssuedDocument decision) {
        this.decisionNumber = decision.number();
        this.decisionDocumentId = decision.id();
    }

    void recordEscalation(String note, String by) {
        this.escalationNote = note;
        this.escalatedBy = by;
    }

    protected void requireAwaitingApproval(String action) {
        if (!isAwaitingApproval()) {
            throw new IllegalStateException("Cannot " + action + " case " + caseKey + " of " + communeCode
                    + ": it no longer awaits approval");
        }
    }

    String communeCode() {
        return communeCode;
    }

    String caseKey() {
        return caseKey;
    }

    Instant approvalDue() {
        return approvalDue;
    }

    String teamCode() {
        return teamCode;
    }

    String teamName() {
        return teamName;
    }

    String communeName() {
        return communeName;
    }

    String teamEstablishedBy() {
        return teamEstablishedBy;
    }

    String referrerId() {
        return referrerId;
    }

    String referrerName() {
        return referrerName;
    }

    String decidedByName() {
        return decidedByName;
    }

    Signer signer() {
        return signer;
    }

    String decisionNote() {
        return decisionNote;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    Long decisionDocumentId() {
        return decisionDocumentId;
    }
}
