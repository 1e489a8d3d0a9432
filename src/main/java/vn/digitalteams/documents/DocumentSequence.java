package vn.digitalteams.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The numbers a commune has given in one series in a year: the last one, so the next is one more. */
@Entity
class DocumentSequence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    @Enumerated(EnumType.STRING)
    private DocumentSeries series;
    private int issueYear;
    private int lastNumber;

    protected DocumentSequence() {
    }

    /** Only valid on a row locked for this transaction (DocumentNumbers#lock). */
    DocumentNumber next() {
        lastNumber++;
        return new DocumentNumber(series, issueYear, lastNumber);
    }
}
