package vn.digitalteams.reporting;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;

import vn.digitalteams.team.VillageTeam;

/**
 * What one village team reported in a cycle, or the record that it reported nothing
 * (V7__reporting_cycles.sql, V12__village_review.sql). Besides the figures and texts as the village last
 * sent them: which figures were above their plausible maximum and the village's explanation; whether the
 * commune team leader returned it for revision (with what comment) and whether it was revised; and his
 * corrections of its texts, which the report prints instead of the village's own.
 */
@Entity
class VillageReport {

    enum Status {
        ON_TIME, LATE, MISSING
    }

    /** Where the report stands in the commune team leader's review; null as first submitted. */
    enum Review {
        /** Returned to the village with a comment: its leader revises it. */
        RETURNED,
        /** Revised by the village since its last return. */
        REVISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cycleId;
    private String teamCode;
    private String teamName;
    private String villageName;
    @Enumerated(EnumType.STRING)
    private Status status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "village_report_figure", joinColumns = @JoinColumn(name = "village_report_id"))
    @MapKeyColumn(name = "activity_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount")
    private Map<ActivityType, Long> figures = new EnumMap<>(ActivityType.class);
    private int vulnerableHelped;
    private String difficulties;
    private String needs;
    private String nextPlan;
    private String submittedBy;
    private Instant recordedAt;
    /** The figures above their plausible maximum when the report (or its revision) came in, each with that maximum. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "village_report_flag", joinColumns = @JoinColumn(name = "village_report_id"))
    @MapKeyColumn(name = "activity_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "plausible_maximum")
    private Map<ActivityType, Long> flagged = new EnumMap<>(ActivityType.class);
    private String figuresExplanation;
    @Enumerated(EnumType.STRING)
    private Review review;
    private String returnComment;
    private String returnedBy;
    private Instant returnedAt;
    private String revisedBy;
    private Instant revisedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "village_report_correction", joinColumns = @JoinColumn(name = "village_report_id"))
    @MapKeyColumn(name = "text_kind")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<VillageText, Correction> corrections = new EnumMap<>(VillageText.class);

    protected VillageReport() {
    }

    private VillageReport(Long cycleId, VillageTeam team, Status status, Instant recordedAt) {
        this.cycleId = cycleId;
        this.teamCode = team.code();
        this.teamName = team.name();
        this.villageName = team.villageName();
        this.status = status;
        this.recordedAt = recordedAt;
    }

    static VillageReport submitted(Long cycleId, VillageTeam team, boolean late, VillageReportForm.Values values,
                                   Map<ActivityType, Long> flagged, String submittedBy, Instant recordedAt) {
        VillageReport report = new VillageReport(cycleId, team, late ? Status.LATE : Status.ON_TIME, recordedAt);
        report.take(values, flagged);
        report.submittedBy = submittedBy;
        return report;
    }

    static VillageReport missing(Long cycleId, VillageTeam team, Instant recordedAt) {
        return new VillageReport(cycleId, team, Status.MISSING, recordedAt);
    }

    /** Sent back to the village to revise, with what to correct. */
    void returned(String comment, String by, Instant at) {
        review = Review.RETURNED;
        returnComment = comment;
        returnedBy = by;
        returnedAt = at;
    }

    /**
     * The village's revision replaces its figures, texts and explanation. The commune team leader's
     * corrections go: they corrected texts the village has now rewritten, and he reads the new ones at the
     * next consolidation.
     */
    void revised(VillageReportForm.Values values, Map<ActivityType, Long> flagged, String by, Instant at) {
        take(values, flagged);
        corrections.clear();
        review = Review.REVISED;
        revisedBy = by;
        revisedAt = at;
    }

    /**
     * The commune team leader's version of one of its texts, printed instead of the village's; {@code text}
     * null leaves it out of the report. The same as the village's own line removes the correction; the same
     * as his earlier one keeps who corrected it and when.
     */
    void correct(VillageText kind, String text, String by, Instant at) {
        if (Objects.equals(text, VillageText.oneLine(text(kind)))) {
            corrections.remove(kind);
        } else if (!corrections.containsKey(kind) || !Objects.equals(corrections.get(kind).text, text)) {
            corrections.put(kind, new Correction(text, by, at));
        }
    }

    private void take(VillageReportForm.Values values, Map<ActivityType, Long> flaggedFigures) {
        figures.clear();
        figures.putAll(values.figures());
        vulnerableHelped = values.vulnerableHelped();
        difficulties = values.difficulties();
        needs = values.needs();
        nextPlan = values.nextPlan();
        figuresExplanation = values.figuresExplanation();
        flagged.clear();
        flagged.putAll(flaggedFigures);
    }

    String teamCode() {
        return teamCode;
    }

    String teamName() {
        return teamName;
    }

    String villageName() {
        return villageName;
    }

    Status status() {
        return status;
    }

    /** Whether the village sent a report (on time or late), which can be returned or corrected. */
    boolean wasSubmitted() {
        return status != Status.MISSING;
    }

    long figure(ActivityType type) {
        return figures.getOrDefault(type, 0L);
    }

    int vulnerableHelped() {
        return vulnerableHelped;
    }

    /** The village's own text of this kind, as it sent it; null when it wrote none. */
    String text(VillageText kind) {
        return switch (kind) {
            case DIFFICULTIES -> difficulties;
            case NEEDS -> needs;
            case NEXT_PLAN -> nextPlan;
        };
    }

    /**
     * What the report prints for this kind after the village's name, on one line: the commune team leader's
     * correction if any, else the village's own; null for nothing.
     */
    String printed(VillageText kind) {
        Correction correction = corrections.get(kind);
        return correction != null ? correction.text : VillageText.oneLine(text(kind));
    }

    boolean isCorrected(VillageText kind) {
        return corrections.containsKey(kind);
    }

    /** The figures that were above their plausible maximum, each with that maximum, in type order. */
    Map<ActivityType, Long> flagged() {
        Map<ActivityType, Long> inOrder = new EnumMap<>(ActivityType.class);
        inOrder.putAll(flagged);
        return Collections.unmodifiableMap(inOrder);
    }

    String figuresExplanation() {
        return figuresExplanation;
    }

    Review review() {
        return review;
    }

    String returnComment() {
        return returnComment;
    }

    /** A correction of one text (V12__village_review.sql, village_report_correction): the text, who, when (UTC). */
    @Embeddable
    static class Correction {
        @Column(name = "corrected_text")
        private String text;
        private String correctedBy;
        private Instant correctedAt;

        protected Correction() {
        }

        Correction(String text, String correctedBy, Instant correctedAt) {
            this.text = text;
            this.correctedBy = correctedBy;
            this.correctedAt = correctedAt;
        }
    }
}
