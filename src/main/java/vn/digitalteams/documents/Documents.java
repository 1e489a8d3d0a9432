package vn.digitalteams.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commune decisions: drafted for review, issued with the commune's next number and stored as the PDF
 * that was issued. Issuing is part of the caller's transaction (a Camunda delegate completing a task),
 * so the decision exists exactly when the task's other effects do.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRepository documents;
    private final DecisionNumbers numbers;
    private final DecisionPdf pdf;
    private final Clock clock;

    Documents(DocumentRepository documents, DecisionNumbers numbers, DecisionPdf pdf, Clock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The PDF as it will be issued, without its number and marked "DỰ THẢO"; nothing is stored. */
    public byte[] draft(DecisionContent content) {
        return pdf.draft(content);
    }

    /**
     * Issues the case's decision of this type once (case numbers are unique within a commune): a second call (a retried job) gets the first one back,
     * unchanged, and no number is spent on it. Otherwise the decision takes the next number of its
     * commune for the year of {@code issuedOn}; that number is locked until the caller's transaction ends
     * and given back if it rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(DecisionContent content) {
        Optional<IssuedDocument> existing = alreadyIssued(content);
        if (existing.isPresent()) {
            return existing.get();
        }
        DocumentSequence sequence = numbers.lock(content.communeCode(), content.issuedOn().getYear());
        // The lock serialises a commune's decisions: the same case may have been issued while we waited.
        existing = alreadyIssued(content);
        if (existing.isPresent()) {
            return existing.get();
        }
        DecisionNumber number = sequence.next();
        byte[] bytes = pdf.issued(content, number);
        Document document = documents.saveAndFlush(
                new Document(content, number, bytes, sha256(bytes), clock.instant()));
        log.info("Issued decision {} ({}) of commune {} for case {}", number.printed(), content.type(),
                content.communeCode(), content.caseKey());
        return document.issued();
    }

    /** The report as it will be issued, without its number and marked "DỰ THẢO"; nothing is stored. */
    public byte[] draftReport(ReportContent content) {
        throw new UnsupportedOperationException("TODO documents helper");
    }

    /**
     * Issues the cycle's report once, like {@link #issue}: number "N/BC-UBND" from the commune's report
     * series of the year, the PDF and the Excel export stored together; a retry gets the first one back.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issueReport(ReportContent content) {
        throw new UnsupportedOperationException("TODO documents helper");
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(String caseKey) {
        return documents.findEntriesOfCase(caseKey).stream().map(DocumentEntry::issued).toList();
    }

    private Optional<IssuedDocument> alreadyIssued(DecisionContent content) {
        return documents.findEntry(content.communeCode(), content.caseKey(), content.type()).map(DocumentEntry::issued);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
