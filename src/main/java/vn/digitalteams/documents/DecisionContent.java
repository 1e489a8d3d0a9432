package vn.digitalteams.documents;

import java.time.LocalDate;
import java.util.List;

public record DecisionContent(String communeCode, String communeName, String caseKey, DocumentType type,
        LocalDate issuedOn, String subject, List<String> legalBases, String proposal, List<String> articles,
        Signer signer, String signerName, List<String> recipients) {
}
