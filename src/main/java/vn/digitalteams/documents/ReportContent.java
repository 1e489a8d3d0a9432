package vn.digitalteams.documents;

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
 */
public record ReportContent(String communeCode, String communeName, String caseKey, LocalDate issuedOn,
                            String subject, List<String> situation, List<ReportTable> tables, ReportTable export,
                            List<String> difficulties, List<String> proposals, List<String> nextTasks,
                            Signer signer, String signerName, List<String> recipients) {
}
