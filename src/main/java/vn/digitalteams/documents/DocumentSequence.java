package vn.digitalteams.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The decision numbers a commune has given in a year: the last one, so the next is one more. */
@Entity
class DocumentSequence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private int issueYear;
    private int lastNumber;

    protected DocumentSequence() {
    }

    /** Only valid on a row locked for this transaction (DecisionNumbers#lock). */
    DecisionNumber next() {
        lastNumber++;
        return new DecisionNumber(issueYear, lastNumber);
    }
}
