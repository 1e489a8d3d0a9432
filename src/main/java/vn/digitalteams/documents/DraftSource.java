package vn.digitalteams.documents;

import java.util.Optional;

/**
 * Where drafts come from: each module that issues documents contributes one, for its own cases, so
 * {@code GET /api/documents/drafts/{caseKey}} serves every kind of draft from one place.
 */
public interface DraftSource {

    /**
     * What the case would issue today, signed by the viewer when they are its signer and otherwise in the
     * commune Chairman's name; empty when {@code caseKey} is not one of this module's cases of the commune
     * still awaiting its decision.
     *
     * @param communeCode one of the caller's communes (case keys are unique within a commune)
     * @throws vn.digitalteams.shared.UserFacingException forbidden (403) when the caller may not read it
     */
    Optional<DocumentContent> draftOf(String communeCode, String caseKey);
}
