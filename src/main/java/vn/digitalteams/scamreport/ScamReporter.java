package vn.digitalteams.scamreport;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The resident who reported a scam, one row per report (both values null when anonymous). Kept apart
 * from {@link ScamReport} so that only what serves the commune police reads it: the police review and
 * the chief's escalation forms.
 */
@Entity
class ScamReporter {

    @Id
    private Long reportId;
    private String name;
    private String phone;

    protected ScamReporter() {
    }

    /** {@code phone} normalised to 10 digits, or null; {@code name} null for an anonymous report. */
    ScamReporter(Long reportId, String name, String phone) {
        this.reportId = reportId;
        this.name = name;
        this.phone = phone;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }
}
