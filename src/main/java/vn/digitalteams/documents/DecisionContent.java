package vn.digitalteams.documents;

import static vn.digitalteams.documents.ContentChecks.MAX_CASE_KEY;
import static vn.digitalteams.documents.ContentChecks.MAX_COMMUNE_CODE;
import static vn.digitalteams.documents.ContentChecks.MAX_TEAM_CODE;
import static vn.digitalteams.documents.ContentChecks.lines;
import static vn.digitalteams.documents.ContentChecks.require;
import static vn.digitalteams.documents.ContentChecks.requireText;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.util.List;

/**
 * What a commune decision says, laid out by the renderer in the form of Decree 30/2020/NĐ-CP.
 *
 * @param communeName the commune as printed, e.g. "Tam Quang" (the header prints "XÃ TAM QUANG")
 * @param caseKey     the business key of the case; one document of each type per case
 * @param teamCode    the team the decision is about: its leaders read it (tam-quang-ban-01)
 * @param subject     e.g. "Về việc công nhận thành viên Tổ công nghệ số cộng đồng bản 01"
 * @param legalBases  each a "Căn cứ ..." line. The renderer ends every line of the block (legal bases,
 *                    then the proposal) with ";" and the last one with "." (Decree 30/2020, Appendix I),
 *                    whatever punctuation the caller ended it with
 * @param proposal    "Xét đề nghị của ..." (may be null), the last line of the block when present
 * @param articles    the text of each article without "Điều N."; the renderer numbers them. A line
 *                    break starts a further paragraph of the same article
 * @param recipients  the "Nơi nhận" lines without the leading dash; the renderer adds "- " and the
 *                    final "- Lưu: VT."
 */
public record DecisionContent(String communeCode, String communeName, String caseKey, String teamCode, DocumentType type,
                              LocalDate issuedOn, String subject, List<String> legalBases, String proposal,
                              List<String> articles, Signer signer, String signerName, List<String> recipients)
        implements DocumentContent {

    public DecisionContent {
        requireText("communeCode", communeCode, MAX_COMMUNE_CODE);
        requireText("communeName", communeName);
        requireText("caseKey", caseKey, MAX_CASE_KEY);
        requireText("teamCode", teamCode, MAX_TEAM_CODE);
        require("type", type);
        if (type.series() != DocumentSeries.QD) {
            throw invalid("document.field.invalid", "type");
        }
        require("issuedOn", issuedOn);
        requireText("subject", subject);
        require("signer", signer);
        requireText("signerName", signerName);
        legalBases = lines("legalBases", legalBases);
        articles = lines("articles", articles);
        if (articles.isEmpty()) {
            throw invalid("document.field.required", "articles");
        }
        recipients = lines("recipients", recipients);
        proposal = proposal == null || proposal.isBlank() ? null : proposal;
    }
}
