package vn.digitalteams.documents;

import java.util.List;

import org.springframework.stereotype.Service;

/** STUB until the documents branch is merged. */
@Service
public class Documents {
    public byte[] draft(DecisionContent content) {
        return new byte[0];
    }

    public IssuedDocument issue(DecisionContent content) {
        return new IssuedDocument(1L, content.type(), "1/QĐ-UBND", content.issuedOn());
    }

    public List<IssuedDocument> ofCase(String caseKey) {
        return List.of();
    }
}
