package vn.digitalteams.documents;

import static vn.digitalteams.documents.ContentChecks.MAX_CASE_KEY;
import static vn.digitalteams.documents.ContentChecks.MAX_COMMUNE_CODE;
import static vn.digitalteams.documents.ContentChecks.lines;
import static vn.digitalteams.documents.ContentChecks.require;
import static vn.digitalteams.documents.ContentChecks.requireText;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.util.List;

/**
 * What a commune's periodic report (BÁO CÁO) says, laid out by the renderer like a decision (Decree
 * 30/2020/NĐ-CP): header, number "Số: N/BC-UBND", place and date, the title, then the sections
 * "I. Tình hình chung", "II. Kết quả thực hiện" (the tables), "III. Khó khăn, vướng mắc",
 * "IV. Đề xuất, kiến nghị", "V. Nhiệm vụ kỳ tới", recipients and the signature block.
 *
 * @param caseKey      the business key of the reporting cycle, e.g. "BC-tam-quang-2026-11"; one report per cycle
 * @param subject      under "BÁO CÁO", e.g. "Kết quả hoạt động của Tổ công nghệ số cộng đồng tháng 11 năm 2026"
 * @param situation    paragraphs of section I
 * @param tables       the tables of section II, in order
 * @param export       the table exported to Excel for the province (every figure, one row per team)
 * @param difficulties paragraphs of section III; proposals of IV; nextTasks of V
 * @param recipients   the "Nơi nhận" lines without the leading dash; the renderer adds "- Lưu: VT."
 *
 * <p>A missing list is an empty one (an empty section prints "Không có."); a blank line is refused, as
 * is a table whose rows do not match its headers or whose totals do not add up ({@link ReportTable}).
 */
public record ReportContent(String communeCode, String communeName, String caseKey, LocalDate issuedOn,
                            String subject, List<String> situation, List<ReportTable> tables, ReportTable export,
                            List<String> difficulties, List<String> proposals, List<String> nextTasks,
                            Signer signer, String signerName, List<String> recipients) implements DocumentContent {

    public ReportContent {
        requireText("communeCode", communeCode, MAX_COMMUNE_CODE);
        requireText("communeName", communeName);
        requireText("caseKey", caseKey, MAX_CASE_KEY);
        require("issuedOn", issuedOn);
        requireText("subject", subject);
        situation = lines("situation", situation);
        tables = tables == null ? List.of() : tables;
        if (tables.stream().anyMatch(table -> table == null)) {
            throw invalid("document.field.required", "tables");
        }
        tables = List.copyOf(tables);
        require("export", export);
        difficulties = lines("difficulties", difficulties);
        proposals = lines("proposals", proposals);
        nextTasks = lines("nextTasks", nextTasks);
        require("signer", signer);
        requireText("signerName", signerName);
        recipients = lines("recipients", recipients);
    }
}
