package vn.digitalteams.reporting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import vn.digitalteams.documents.ChairmanDecided;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.documents.Signer;

/**
 * A commune's reporting cycle for one period, its whole record: what the commune team leader wrote,
 * the Chairman's latest decision and the issued report (V7__reporting_cycles.sql, V11__reporting_records.sql,
 * V12__village_review.sql).
 * At most one per commune and period; found by commune and case key. The villages' own reports are
 * {@link VillageReport}s.
 */
@Entity
class ReportingCycle {

    enum Status {
        /** The villages report; the commune team leader consolidates once all are in or given up on. */
        COLLECTING,
        /** Consolidated, awaiting the Chairman's review. */
        CONSOLIDATED,
        /** The commune team leader returned villages' reports to them: they revise, then it is consolidated again. */
        REVISING,
        /** The Chairman sent it back with a note: to be consolidated again. */
        SENT_BACK,
        ISSUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String period;
    private String caseKey;
    private LocalDate dueOn;
    private String startedBy;
    private Instant startedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String assessment;
    private String difficulties;
    private String proposals;
    private String nextTasks;
    private String consolidatedBy;
    private Instant consolidatedAt;
    private String decidedBy;
    private String decidedByName;
    @Enumerated(EnumType.STRING)
    private Signer signer;
    private String decisionNote;
    private Instant decidedAt;
    private Long reportDocumentId;
    private String reportNumber;

    protected ReportingCycle() {
    }

    ReportingCycle(String communeCode, ReportingPeriod period, LocalDate dueOn, String startedBy, Instant startedAt) {
        this.communeCode = communeCode;
        this.period = period.code();
        this.caseKey = period.caseKey(communeCode);
        this.dueOn = dueOn;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.COLLECTING;
    }

    /** The commune team leader's texts replace any earlier ones; the Chairman reviews them next. */
    void consolidate(Consolidation texts, String by, Instant at) {
        write(texts, by, at);
        status = Status.CONSOLIDATED;
    }

    /**
     * The commune team leader returned villages' reports for revision; his texts so far are kept (the
     * consolidation shows them again once the villages have revised).
     */
    void returnedToVillages(Consolidation texts, String by, Instant at) {
        write(texts, by, at);
        status = Status.REVISING;
    }

    private void write(Consolidation texts, String by, Instant at) {
        assessment = texts.assessment();
        difficulties = texts.difficulties();
        proposals = texts.proposals();
        nextTasks = texts.nextTasks();
        consolidatedBy = by;
        consolidatedAt = at;
    }

    /** Records who decided and how they sign; a refusal sends the cycle back to consolidation. */
    void decided(ChairmanDecided decision, Instant at) {
        decidedBy = decision.approverId();
        decidedByName = decision.approverName();
        signer = decision.signer();
        decisionNote = decision.note();
        decidedAt = at;
        if (!decision.approved()) {
            status = Status.SENT_BACK;
        }
    }

    void issued(IssuedDocument report) {
        reportDocumentId = report.id();
        reportNumber = report.number();
        status = Status.ISSUED;
    }

    Long id() {
        return id;
    }

    String communeCode() {
        return communeCode;
    }

    ReportingPeriod period() {
        return ReportingPeriod.parse(period);
    }

    String caseKey() {
        return caseKey;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Status status() {
        return status;
    }

    /** What the commune team leader last wrote; every text null before the first consolidation. */
    Consolidation consolidation() {
        return new Consolidation(assessment, difficulties, proposals, nextTasks);
    }

    /**
     * Whether the Chairman's latest decision sent the report back (his note is then to be acted on): an
     * approval issues the report in the same transaction, so any decision on a cycle not issued was one.
     */
    boolean sentBack() {
        return decidedAt != null && status != Status.ISSUED;
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

    /**
     * The commune team leader's part of the report: the assessment (section I, required at
     * consolidation), difficulties (III), proposals (IV) and next period's tasks (V); each null when not written.
     */
    record Consolidation(String assessment, String difficulties, String proposals, String nextTasks) {
    }
}
