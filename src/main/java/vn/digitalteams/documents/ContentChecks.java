package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

/**
 * The checks every document's content passes before anything is numbered or drawn, refusing in
 * Vietnamese (the message names the field).
 */
final class ContentChecks {

    /** The sizes of the columns a document's keys are stored in (V2__documents.sql). */
    static final int MAX_COMMUNE_CODE = 50;
    static final int MAX_CASE_KEY = 100;
    /** V8__document_teams.sql. */
    static final int MAX_TEAM_CODE = 60;

    private ContentChecks() {
    }

    static void require(String field, Object value) {
        if (value == null) {
            throw invalid("document.field.required", field);
        }
    }

    static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid("document.field.required", field);
        }
        if (value.length() > maxLength) {
            throw invalid("document.field.tooLong", field, String.valueOf(maxLength));
        }
    }

    static void requireText(String field, String value) {
        requireText(field, value, Integer.MAX_VALUE);
    }

    /** An immutable copy; a missing list is an empty one, a blank line is a mistake. */
    static List<String> lines(String field, List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        if (lines.stream().anyMatch(line -> line == null || line.isBlank())) {
            throw invalid("document.field.blankLine", field);
        }
        return List.copyOf(lines);
    }
}
