package vn.digitalteams.scamreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The case record of one scam report (V10__scam_reports.sql): what the team member filed, the triage,
 * the police outcome and the close-out. Found by commune and case key; the reporter is kept apart
 * ({@link ScamReporter}).
 */
@Entity
class ScamReport {

    enum Status {
        IN_POLICE_HANDS, HANDLED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String caseKey;
    private String filedBy;
    private String filedByName;
    private String category;
    private String channel;
    private String villageCode;
    private String villageName;
    private LocalDate occurredOn;
    private String description;
    private long amountLost;
    private boolean moneyStillMoving;
    private String scammerContact;
    private String scammerContactKey;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String severity;
    private Integer responseHours;
    private Instant policeDueAt;
    private String actions;
    private String outcome;
    private String policeNote;
    private Boolean warningApproved;
    private String warningPattern;
    private String warningAdvice;
    private String handledBy;
    private Boolean handledInTime;
    private Instant handledAt;
    private String reassignedTo;
    private String informNote;
    private Instant closedAt;
    private Instant createdAt;

    protected ScamReport() {
    }

    ScamReport(String communeCode, String caseKey, Filing filing, Instant createdAt) {
        this.communeCode = communeCode;
        this.caseKey = caseKey;
        this.filedBy = filing.filedBy();
        this.filedByName = filing.filedByName();
        this.category = filing.category();
        this.channel = filing.channel();
        this.villageCode = filing.villageCode();
        this.villageName = filing.villageName();
        this.occurredOn = filing.occurredOn();
        this.description = filing.description();
        this.amountLost = filing.amountLost();
        this.moneyStillMoving = filing.moneyStillMoving();
        this.scammerContact = filing.scammerContact();
        this.scammerContactKey = ScammerContacts.normalise(filing.scammerContact());
        this.status = Status.IN_POLICE_HANDS;
        this.createdAt = createdAt;
    }

    /** The triage table's answer: severity code, hours the police have, and the deadline it gives. */
    void triaged(String severity, int responseHours, Instant policeDueAt) {
        this.severity = severity;
        this.responseHours = responseHours;
        this.policeDueAt = policeDueAt;
    }

    /** What the police recorded; in time when recorded no later than the triage's deadline. */
    void handled(PoliceOutcome result, String handledBy, Instant handledAt) {
        this.actions = String.join(",", result.actions());
        this.outcome = result.outcome();
        this.policeNote = result.note();
        this.warningApproved = result.warningApproved();
        this.warningPattern = result.warningPattern();
        this.warningAdvice = result.warningAdvice();
        this.handledBy = handledBy;
        this.handledAt = handledAt;
        this.handledInTime = policeDueAt == null || !handledAt.isAfter(policeDueAt);
        this.status = Status.HANDLED;
    }

    void reassignedTo(String officer) {
        this.reassignedTo = officer;
    }

    void closed(String informNote, Instant closedAt) {
        this.informNote = informNote;
        this.closedAt = closedAt;
        this.status = Status.CLOSED;
    }

    Long id() {
        return id;
    }

    String communeCode() {
        return communeCode;
    }

    String caseKey() {
        return caseKey;
    }

    String filedBy() {
        return filedBy;
    }

    String filedByName() {
        return filedByName;
    }

    String category() {
        return category;
    }

    String channel() {
        return channel;
    }

    String villageName() {
        return villageName;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    String description() {
        return description;
    }

    long amountLost() {
        return amountLost;
    }

    boolean moneyStillMoving() {
        return moneyStillMoving;
    }

    String scammerContact() {
        return scammerContact;
    }

    String scammerContactKey() {
        return scammerContactKey;
    }

    boolean isOpen() {
        return status != Status.CLOSED;
    }

    String severity() {
        return severity;
    }

    Instant policeDueAt() {
        return policeDueAt;
    }

    /** The police form's checkbox names of the actions taken, in the form's order; empty before the police recorded any. */
    List<String> actions() {
        return actions == null ? List.of() : Arrays.asList(actions.split(","));
    }

    String outcome() {
        return outcome;
    }

    boolean warningApproved() {
        return Boolean.TRUE.equals(warningApproved);
    }

    String warningPattern() {
        return warningPattern;
    }

    String warningAdvice() {
        return warningAdvice;
    }

    /**
     * What a team member filed for a resident, once the intake checked it (the reporter aside).
     *
     * @param amountLost whole dong, 0 to {@link ScamReportIntake#MAX_AMOUNT_LOST}
     * @param scammerContact as typed, or null
     */
    record Filing(String filedBy, String filedByName, String category, String channel, String villageCode,
                  String villageName, LocalDate occurredOn, String description, long amountLost,
                  boolean moneyStillMoving, String scammerContact) {
    }

    /**
     * What the police recorded on the review task, once {@link PoliceReview} checked it.
     *
     * @param actions the checkbox names of the actions taken ({@link PoliceReview#ACTIONS}), at least one
     * @param warningPattern, warningAdvice null unless a warning was approved
     */
    record PoliceOutcome(List<String> actions, String outcome, String note, boolean warningApproved,
                         String warningPattern, String warningAdvice) {
    }
}
