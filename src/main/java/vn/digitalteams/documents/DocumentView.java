package vn.digitalteams.documents;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document in a JSON list; the type in the REST contract's form, "admission-decision",
 * "periodic-report". {@code xlsx} is the address of the Excel export, present only when there is one
 * (a report's), so decisions list exactly as before.
 */
record DocumentView(Long id, String type, String number, LocalDate issuedOn,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String xlsx) {

    static DocumentView of(DocumentEntry entry) {
        return new DocumentView(entry.id(), entry.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                entry.number(), entry.issuedOn(), entry.hasXlsx() ? "/api/documents/" + entry.id() + "/xlsx" : null);
    }
}
