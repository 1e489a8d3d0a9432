package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;

/**
 * A report's evidence file. {@code POST} (body: the file itself, {@code Content-Type} image/jpeg,
 * image/png or application/pdf, at most 5 MB; its kind is read from its bytes) by the team member who
 * filed the report or the commune police, while the report is open; a new file replaces the old. Answers
 * 201 with {@code {"caseKey", "kind", "bytes"}}. {@code GET} serves it to the commune police only.
 * A report of another commune does not exist for the caller (404); case keys are per commune.
 */
@RestController
@Transactional
class ScamEvidenceController {

    static final String PATH = "/api/scam-reports/{caseKey}/evidence";

    private final ScamReportRepository reports;
    private final ScamEvidenceRepository evidence;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScamEvidenceController(ScamReportRepository reports, ScamEvidenceRepository evidence, CurrentUser currentUser,
                           Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Uploaded> upload(@PathVariable String caseKey,
                                    @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                    InputStream body) throws IOException {
        ScamReport report = ofCallersCommune(caseKey);
        if (!report.filedBy().equals(currentUser.id()) && !isPolice()) {
            throw forbidden("scam.evidence.uploader", caseKey);
        }
        if (!report.isOpen()) {
            throw invalid("scam.evidence.closed", caseKey);
        }
        if (!declaresAcceptedType(contentType)) {
            throw invalid("scam.evidence.type");
        }
        // One byte past the limit is enough to refuse: a huge body is never held in memory.
        byte[] content = body.readNBytes(Evidence.MAX_BYTES + 1);
        String kind = Evidence.kindOf(content);
        ScamEvidence file = evidence.findById(report.id()).orElseGet(() -> new ScamEvidence(report.id()));
        file.replace(kind, content, currentUser.id(), clock.instant());
        evidence.save(file);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Uploaded(caseKey, kind, content.length));
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable String caseKey) {
        if (!isPolice()) {
            throw forbidden("scam.evidence.policeOnly");
        }
        ScamReport report = ofCallersCommune(caseKey);
        ScamEvidence file = evidence.findById(report.id()).orElseThrow(() -> notFound("scam.evidence.notFound", caseKey));
        return ResponseEntity.ok()
                .contentType(Evidence.mediaType(file.kind()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(caseKey + "." + file.kind()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The report with that key in the caller's commune; any other does not exist for them. */
    private ScamReport ofCallersCommune(String caseKey) {
        return reports.findFirstByCommuneCodeInAndCaseKey(currentUser.communes(), caseKey)
                .orElseThrow(() -> notFound("scam.report.notFound", caseKey));
    }

    private boolean isPolice() {
        return currentUser.hasRole(Role.POLICE) || currentUser.hasRole(Role.POLICE_CHIEF);
    }

    private static boolean declaresAcceptedType(String contentType) {
        try {
            return contentType != null && Evidence.ACCEPTED.stream()
                    .anyMatch(accepted -> accepted.equalsTypeAndSubtype(MediaType.parseMediaType(contentType)));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** @param bytes the file's size */
    record Uploaded(String caseKey, String kind, int bytes) {
    }
}
