package vn.digitalteams.documents;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An issued document: its number and the PDF exactly as issued, with the bytes' SHA-256. Never changed. */
@Entity
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String caseKey;
    @Enumerated(EnumType.STRING)
    private DocumentType type;
    private String number;
    private int issueYear;
    private int sequenceNumber;
    private LocalDate issuedOn;
    private byte[] pdf;
    private String sha256;
    private Instant createdAt;

    protected Document() {
    }

    Document(DecisionContent content, DecisionNumber number, byte[] pdf, String sha256, Instant createdAt) {
        this.communeCode = content.communeCode();
        this.caseKey = content.caseKey();
        this.type = content.type();
        this.number = number.printed();
        this.issueYear = number.year();
        this.sequenceNumber = number.sequence();
        this.issuedOn = content.issuedOn();
        this.pdf = pdf;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    IssuedDocument issued() {
        return new IssuedDocument(id, type, number, issuedOn);
    }

    String communeCode() {
        return communeCode;
    }

    byte[] pdf() {
        return pdf;
    }

    String sha256() {
        return sha256;
    }

    /** ASCII, so every browser and mail client keeps it: "QD-12-2026.pdf". */
    String fileName() {
        return "QD-" + sequenceNumber + "-" + issueYear + ".pdf";
    }
}
