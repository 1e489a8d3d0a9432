package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;

/** The documents of a case and their PDFs, for callers of the document's commune. */
@RestController
@RequestMapping("/api/documents")
@Transactional(readOnly = true)
class DocumentController {

    private final DocumentRepository documents;
    private final CurrentUser currentUser;

    DocumentController(DocumentRepository documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** Another commune's documents are left out rather than refused: a case key reveals nothing. */
    @GetMapping
    List<DocumentView> ofCase(@RequestParam String caseKey) {
        if (caseKey.isBlank()) {
            throw invalid("request.parameter.missing", "caseKey");
        }
        return documents.findEntriesOfCase(caseKey).stream()
                .filter(entry -> currentUser.mayRead(entry.communeCode()))
                .map(DocumentView::of).toList();
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Document document = documents.findById(id)
                .orElseThrow(() -> notFound("document.notFound", String.valueOf(id)));
        currentUser.requireAccessTo(document.communeCode());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.pdf());
    }
}
