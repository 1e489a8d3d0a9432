package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.util.List;

/**
 * What a commune decision says, laid out by the renderer in the form of Decree 30/2020/NĐ-CP.
 *
 * @param communeName the commune as printed, e.g. "Tam Quang" (the header prints "XÃ TAM QUANG")
 * @param caseKey     the business key of the case; one document of each type per case
 * @param subject     e.g. "Về việc công nhận thành viên Tổ công nghệ số cộng đồng bản 01"
 * @param legalBases  each a full "Căn cứ ...;" line
 * @param proposal    "Xét đề nghị của ...," (may be null)
 * @param articles    the text of each article without "Điều N."; the renderer numbers them. A line
 *                    break starts a further paragraph of the same article
 * @param recipients  the "Nơi nhận" lines without the leading dash; the renderer adds "- " and the
 *                    final "- Lưu: VT."
 */
public record DecisionContent(String communeCode, String communeName, String caseKey, DocumentType type,
                              LocalDate issuedOn, String subject, List<String> legalBases, String proposal,
                              List<String> articles, Signer signer, String signerName, List<String> recipients) {

    /** The sizes of the columns these are stored in (V2__documents.sql). */
    static final int MAX_COMMUNE_CODE = 50;
    static final int MAX_CASE_KEY = 100;

    public DecisionContent {
        requireText("communeCode", communeCode, MAX_COMMUNE_CODE);
        requireText("communeName", communeName, Integer.MAX_VALUE);
        requireText("caseKey", caseKey, MAX_CASE_KEY);
        require("type", type);
        require("issuedOn", issuedOn);
        requireText("subject", subject, Integer.MAX_VALUE);
        require("signer", signer);
        requireText("signerName", signerName, Integer.MAX_VALUE);
        legalBases = lines("legalBases", legalBases);
        articles = lines("articles", articles);
        if (articles.isEmpty()) {
            throw invalid("document.field.required", "articles");
        }
        recipients = lines("recipients", recipients);
        proposal = proposal == null || proposal.isBlank() ? null : proposal;
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw invalid("document.field.required", field);
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid("document.field.required", field);
        }
        if (value.length() > maxLength) {
            throw invalid("document.field.tooLong", field, String.valueOf(maxLength));
        }
    }

    /** An immutable copy; a missing list is an empty one, a blank line is a mistake. */
    private static List<String> lines(String field, List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        if (lines.stream().anyMatch(line -> line == null || line.isBlank())) {
            throw invalid("document.field.blankLine", field);
        }
        return List.copyOf(lines);
    }
}
