package vn.digitalteams.reporting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A commune's reporting cycle for one period; at most one per commune and period (V7__reporting_cycles.sql). */
@Entity
class ReportingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String period;
    private String caseKey;
    private LocalDate dueOn;
    private String startedBy;
    private Instant startedAt;

    protected ReportingCycle() {
    }

    ReportingCycle(String communeCode, ReportingPeriod period, LocalDate dueOn, String startedBy, Instant startedAt) {
        this.communeCode = communeCode;
        this.period = period.code();
        this.caseKey = period.caseKey(communeCode);
        this.dueOn = dueOn;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
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
}
