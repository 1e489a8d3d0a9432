package vn.digitalteams.documents;

import java.time.LocalDate;

/** A document as issued: its number as printed ("12/QĐ-UBND") and its date. */
public record IssuedDocument(Long id, DocumentType type, String number, LocalDate issuedOn) {
}
