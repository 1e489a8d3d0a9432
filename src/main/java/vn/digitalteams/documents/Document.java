package vn.digitalteams.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An issued document: its number and the PDF exactly as issued, with the bytes' SHA-256; a report also
 * keeps its table as .xlsx, hashed the same way. Never changed.
 */
@Entity
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String teamCode;
    private String caseKey;
    @Enumerated(EnumType.STRING)
    private DocumentType type;
    @Enumerated(EnumType.STRING)
    private DocumentSeries series;
    private String number;
    private int issueYear;
    private int sequenceNumber;
    private LocalDate issuedOn;
    private byte[] pdf;
    private String sha256;
    private byte[] xlsx;
    private String xlsxSha256;
    private Instant createdAt;

    protected Document() {
    }

    /** {@code teamCode} and {@code xlsx} may be null: reports belong to no team, only reports have an export. */
    Document(String communeCode, String teamCode, String caseKey, DocumentType type, LocalDate issuedOn, DocumentNumber number,
             byte[] pdf, byte[] xlsx, Instant createdAt) {
        if (number.series() != type.series()) {
            throw new IllegalArgumentException(type + " is numbered in series " + type.series() + ", not " + number);
        }
        this.communeCode = communeCode;
        this.teamCode = teamCode;
        this.caseKey = caseKey;
        this.type = type;
        this.series = number.series();
        this.number = number.printed();
        this.issueYear = number.year();
        this.sequenceNumber = number.sequence();
        this.issuedOn = issuedOn;
        this.pdf = pdf;
        this.sha256 = Documents.sha256(pdf);
        this.xlsx = xlsx;
        this.xlsxSha256 = xlsx == null ? null : Documents.sha256(xlsx);
        this.createdAt = createdAt;
    }

    IssuedDocument issued() {
        return new IssuedDocument(id, type, number, issuedOn);
    }

    String communeCode() {
        return communeCode;
    }

    String teamCode() {
        return teamCode;
    }

    DocumentType type() {
        return type;
    }

    String number() {
        return number;
    }

    byte[] pdf() {
        return pdf;
    }

    Optional<byte[]> xlsx() {
        return Optional.ofNullable(xlsx);
    }

    /** ASCII, so every browser and mail client keeps it: "QD-12-2026.pdf", "BC-03-2026.pdf". */
    String fileName() {
        return baseName() + ".pdf";
    }

    /** "BC-03-2026.xlsx". */
    String xlsxFileName() {
        return baseName() + ".xlsx";
    }

    private String baseName() {
        return new DocumentNumber(series, issueYear, sequenceNumber).fileBase();
    }
}
