package vn.digitalteams.documents;

import java.time.LocalDate;

public record IssuedDocument(Long id, DocumentType type, String number, LocalDate issuedOn) {
}
