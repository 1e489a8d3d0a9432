package vn.digitalteams.documents;

import java.time.LocalDate;

/**
 * A document without its bytes, with the commune that may read it and whether it has an Excel export:
 * what lists are made of.
 */
record DocumentEntry(Long id, String communeCode, String teamCode, DocumentType type, String number, LocalDate issuedOn,
                     boolean hasXlsx) {

    IssuedDocument issued() {
        return new IssuedDocument(id, type, number, issuedOn);
    }
}
