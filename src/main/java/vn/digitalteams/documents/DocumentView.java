package vn.digitalteams.documents;

import java.time.LocalDate;
import java.util.Locale;

/** A document in a JSON list; the type in the REST contract's form, "admission-decision". */
record DocumentView(Long id, String type, String number, LocalDate issuedOn) {

    static DocumentView of(DocumentEntry entry) {
        return new DocumentView(entry.id(), entry.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                entry.number(), entry.issuedOn());
    }
}
