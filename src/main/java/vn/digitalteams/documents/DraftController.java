package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;

/**
 * The draft of a case's decision or report, unnumbered and marked "DỰ THẢO", as the approval and
 * consolidation forms link to it. A case of another commune, or one that is not awaiting a decision,
 * does not exist for the caller (404); whom a module lets read its drafts is its own rule.
 */
@RestController
class DraftController {

    private final List<DraftSource> sources;
    private final Documents documents;
    private final CurrentUser currentUser;

    DraftController(List<DraftSource> sources, Documents documents, CurrentUser currentUser) {
        this.sources = sources;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /**
     * {@code application/pdf}, inline, "du-thao-TV-2026-0001.pdf". An admin, who belongs to no commune,
     * names it: {@code ?commune=tam-quang}.
     */
    @GetMapping("/api/documents/drafts/{caseKey}")
    ResponseEntity<byte[]> draft(@PathVariable String caseKey, @RequestParam(name = "commune", required = false) String commune) {
        List<String> communes = currentUser.isAdmin() && commune != null ? List.of(commune) : currentUser.communes();
        DocumentContent content = communes.stream()
                .flatMap(code -> sources.stream().map(source -> source.draftOf(code, caseKey)))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> notFound("case.notFound", caseKey));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("du-thao-" + caseKey + ".pdf").build().toString())
                .body(documents.draft(content));
    }
}
