package vn.digitalteams.scamreport;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The evidence file of a report (at most one; a new upload replaces it), its kind read from its bytes. */
@Entity
class ScamEvidence {

    @Id
    private Long reportId;
    private String kind;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected ScamEvidence() {
    }

    ScamEvidence(Long reportId) {
        this.reportId = reportId;
    }

    /** {@code kind} as {@link Evidence#kindOf} tells it: jpeg, png or pdf. */
    void replace(String kind, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.kind = kind;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String kind() {
        return kind;
    }

    byte[] content() {
        return content;
    }
}
