package vn.digitalteams.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.identity.CommuneChecks;

/**
 * Commune decisions and periodic reports: drafted for review, issued with the commune's next number of
 * their series and stored as the PDF that was issued (a report with its Excel export). Issuing is part of
 * the caller's transaction (a Camunda delegate completing a task), so the document exists exactly when
 * the task's other effects do.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRepository documents;
    private final DocumentNumbers numbers;
    private final DecisionPdf decisionPdf;
    private final ReportPdf reportPdf;
    private final ReportWorkbook workbook;
    private final CommuneChecks communeChecks;
    private final DocumentReaders readers;
    private final Clock clock;

    Documents(DocumentRepository documents, DocumentNumbers numbers, DecisionPdf decisionPdf, ReportPdf reportPdf,
              ReportWorkbook workbook, CommuneChecks communeChecks, DocumentReaders readers, Clock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.decisionPdf = decisionPdf;
        this.reportPdf = reportPdf;
        this.workbook = workbook;
        this.communeChecks = communeChecks;
        this.readers = readers;
        this.clock = clock;
    }

    /** The PDF as it will be issued, without its number and marked "DỰ THẢO"; nothing is stored. */
    public byte[] draft(DocumentContent content) {
        return content instanceof DecisionContent decision ? decisionPdf.draft(decision)
                : reportPdf.draft((ReportContent) content);
    }

    /**
     * Issues the case's decision of this type once (the signed-in user, if any, must be of its commune:
     * {@link CommuneChecks}) (case numbers are unique within a commune): a second call (a retried job) gets the first one back,
     * unchanged, and no number is spent on it. Otherwise the decision takes the next number of its
     * commune for the year of {@code issuedOn}; that number is locked until the caller's transaction ends
     * and given back if it rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(DecisionContent content) {
        return issueOnce(content.communeCode(), content.caseKey(), content.type(), content.issuedOn(),
                number -> new Document(content.communeCode(), content.teamCode(), content.caseKey(), content.type(),
                        content.issuedOn(),
                        number, decisionPdf.issued(content, number), null, clock.instant()));
    }

    /**
     * Issues the cycle's report once, like {@link #issue}: number "N/BC-UBND" from the commune's report
     * series of the year (decisions count on their own), the PDF and the Excel export stored together; a
     * retry gets the first one back and spends no number.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issueReport(ReportContent content) {
        return issueOnce(content.communeCode(), content.caseKey(), DocumentType.PERIODIC_REPORT, content.issuedOn(),
                number -> new Document(content.communeCode(), null, content.caseKey(), DocumentType.PERIODIC_REPORT,
                        content.issuedOn(), number, reportPdf.issued(content, number), workbook.write(content, number),
                        clock.instant()));
    }

    /**
     * The case's document of this type: the one already issued, or a new one, made by {@code make}
     * with the next number of the type's series in the commune for the year of {@code issuedOn}.
     */
    private IssuedDocument issueOnce(String communeCode, String caseKey, DocumentType type, LocalDate issuedOn,
                                     Function<DocumentNumber, Document> make) {
        communeChecks.requireOneCommune("issue of " + type + " " + caseKey, communeCode);
        Optional<IssuedDocument> existing = alreadyIssued(communeCode, caseKey, type);
        if (existing.isPresent()) {
            return existing.get();
        }
        DocumentSequence sequence = numbers.lock(type.series(), communeCode, issuedOn.getYear());
        // The lock serialises a commune's documents of a series: the same case may have been issued while we waited.
        existing = alreadyIssued(communeCode, caseKey, type);
        if (existing.isPresent()) {
            return existing.get();
        }
        DocumentNumber number = sequence.next();
        Document document = documents.saveAndFlush(make.apply(number));
        log.info("Issued {} {} of commune {} for case {}", type, number.printed(), communeCode, caseKey);
        return document.issued();
    }

    /** Every document issued under this case key, in any commune, in the order they were issued. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(String caseKey) {
        return documents.findEntriesOfCase(caseKey).stream().map(DocumentEntry::issued).toList();
    }

    /**
     * The documents issued for a commune's case that the signed-in user may read (see {@link DocumentReaders}),
     * in the order they were issued; case keys are unique per commune only, so the commune is named.
     */
    @Transactional(readOnly = true)
    public List<IssuedDocument> readableOfCase(String communeCode, String caseKey) {
        return documents.findEntriesOfCase(caseKey).stream()
                .filter(entry -> entry.communeCode().equals(communeCode))
                .filter(entry -> readers.mayRead(entry.communeCode(), entry.teamCode()))
                .map(DocumentEntry::issued).toList();
    }

    private Optional<IssuedDocument> alreadyIssued(String communeCode, String caseKey, DocumentType type) {
        return documents.findEntry(communeCode, caseKey, type).map(DocumentEntry::issued);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
