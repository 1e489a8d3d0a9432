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

/**
 * The documents of a case, their PDFs and a report's Excel export, for the callers who may read them
 * ({@link DocumentReaders}). A document someone may not read does not exist for them (404), whether it
 * is another commune's or another team's: ids are counted, and an answer must not say which exist.
 */
@RestController
@RequestMapping("/api/documents")
@Transactional(readOnly = true)
class DocumentController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DocumentRepository documents;
    private final DocumentReaders readers;

    DocumentController(DocumentRepository documents, DocumentReaders readers) {
        this.documents = documents;
        this.readers = readers;
    }

    /** Documents the caller may not read are left out rather than refused: a case key reveals nothing. */
    @GetMapping
    List<DocumentView> ofCase(@RequestParam String caseKey) {
        if (caseKey.isBlank()) {
            throw invalid("request.parameter.missing", "caseKey");
        }
        return documents.findEntriesOfCase(caseKey).stream()
                .filter(entry -> readers.mayRead(entry.communeCode(), entry.teamCode()))
                .map(DocumentView::of).toList();
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Document document = readable(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.pdf());
    }

    /** A report's table as issued, to save and open in Excel (a browser cannot show it inline). */
    @GetMapping("/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Document document = readable(id);
        byte[] xlsx = document.xlsx().orElseThrow(() -> notFound("document.xlsx.notFound", document.number()));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.xlsxFileName()).build().toString())
                .body(xlsx);
    }

    /** The document, once the caller is known to be one of its readers (before saying anything about it). */
    private Document readable(long id) {
        return documents.findById(id).filter(document -> readers.mayRead(document.communeCode(), document.teamCode()))
                .orElseThrow(() -> notFound("document.notFound", String.valueOf(id)));
    }
}
