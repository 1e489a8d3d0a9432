package vn.digitalteams.reporting;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/** What one village team reported in a cycle, or the record that it reported nothing. Never changed. */
@Entity
class VillageReport {

    enum Status {
        ON_TIME, LATE, MISSING
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
                                   String submittedBy, Instant recordedAt) {
        VillageReport report = new VillageReport(cycleId, team, late ? Status.LATE : Status.ON_TIME, recordedAt);
        report.figures.putAll(values.figures());
        report.vulnerableHelped = values.vulnerableHelped();
        report.difficulties = values.difficulties();
        report.needs = values.needs();
        report.nextPlan = values.nextPlan();
        report.submittedBy = submittedBy;
        return report;
    }

    static VillageReport missing(Long cycleId, VillageTeam team, Instant recordedAt) {
        return new VillageReport(cycleId, team, Status.MISSING, recordedAt);
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

    long figure(ActivityType type) {
        return figures.getOrDefault(type, 0L);
    }

    int vulnerableHelped() {
        return vulnerableHelped;
    }

    String difficulties() {
        return difficulties;
    }

    String needs() {
        return needs;
    }

    String nextPlan() {
        return nextPlan;
    }
}
