package vn.digitalteams.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DecisionContent;
import vn.digitalteams.documents.DocumentType;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The wording of the Chairman's decisions on joining and leaving a team, from a case's variables.
 * The same text serves the draft the Chairman reads and the decision that is issued.
 */
@Component
class DecisionTexts {

    DecisionContent admission(Map<String, Object> v, boolean asCollaborator, LocalDate issuedOn, Signer signer,
                              String signerName) {
        String team = text(v, "teamName");
        String person = honorific(v) + text(v, "fullName");
        String status = asCollaborator
                ? "là cộng tác viên thuộc Nhóm cộng tác viên của " + team + " (Tổ đã đủ 10 thành viên theo Kế hoạch)"
                : "là thành viên " + team;
        String occupation = v.get("occupation") == null ? "" : ", nghề nghiệp: " + text(v, "occupation");
        List<String> articles = List.of(
                "Công nhận " + person + ", sinh ngày " + VietnameseDates.format(LocalDate.parse(text(v, "birthDate").substring(0, 10)))
                        + ", số định danh cá nhân " + text(v, "citizenId") + occupation + ", cư trú tại "
                        + text(v, "villageName") + ", xã " + text(v, "communeName") + ", " + status + ".",
                capitalized(person) + " có trách nhiệm tham gia hoạt động của Tổ theo Kế hoạch của Ủy ban nhân dân xã; "
                        + "hướng dẫn, hỗ trợ người dân sử dụng nền tảng số, công nghệ số; chịu sự phân công của Tổ trưởng.",
                closingArticle(team, person));
        String subject = "Về việc công nhận " + (asCollaborator ? "cộng tác viên " : "thành viên ") + team;
        return content(v, DocumentType.ADMISSION_DECISION, issuedOn, subject, articles, signer, signerName);
    }

    DecisionContent withdrawal(Map<String, Object> v, LocalDate issuedOn, Signer signer, String signerName) {
        String team = text(v, "teamName");
        String person = honorific(v) + text(v, "fullName");
        List<String> articles = new ArrayList<>();
        articles.add("Cho " + person + " thôi tham gia " + team + " kể từ ngày "
                + VietnameseDates.format(LocalDate.parse(text(v, "requestDate").substring(0, 10)))
                + ", theo nguyện vọng cá nhân.");
        if (v.get("successorName") != null) {
            articles.add("Giao " + text(v, "successorName") + " giữ nhiệm vụ " + text(v, "roleName") + " " + team
                    + " thay " + person + " kể từ ngày ký.");
        }
        articles.add(closingArticle(team, person));
        return content(v, DocumentType.WITHDRAWAL_DECISION, issuedOn, "Về việc cho thôi tham gia " + team, articles,
                signer, signerName);
    }

    private static DecisionContent content(Map<String, Object> v, DocumentType type, LocalDate issuedOn, String subject,
                                           List<String> articles, Signer signer, String signerName) {
        String commune = text(v, "communeName");
        List<String> legalBases = List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Quyết định số 1978/QĐ-BTTTT ngày 24 tháng 11 năm 2021 của Bộ trưởng Bộ Thông tin và "
                        + "Truyền thông ban hành Hướng dẫn thành lập, tổ chức và hoạt động của Tổ công nghệ số cộng đồng;",
                "Căn cứ Kế hoạch của Ủy ban nhân dân xã " + commune
                        + " về tổ chức hoạt động Tổ công nghệ số cộng đồng trên địa bàn xã;",
                "Căn cứ " + text(v, "teamEstablishedBy") + " của Chủ tịch Ủy ban nhân dân xã về việc thành lập "
                        + "Tổ công nghệ số cộng đồng;");
        String proposal = "Xét đề nghị của Tổ trưởng " + text(v, "teamName") + ",";
        List<String> recipients = List.of("Như Điều " + articles.size() + ";", "Sở KH&CN (b/c);",
                "TT Đảng ủy, HĐND xã (b/c);", "Chủ tịch, các PCT UBND xã;");
        return new DecisionContent(text(v, "communeCode"), commune, text(v, "caseKey"), text(v, "teamCode"), type, issuedOn, subject,
                legalBases, proposal, articles, signer, signerName, recipients);
    }

    /** The last article names who carries the decision out; "./." closes a decision's text. */
    private static String closingArticle(String team, String person) {
        return "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, "
                + "Tổ trưởng " + team + " và " + person + " chịu trách nhiệm thi hành Quyết định này./.";
    }

    private static String honorific(Map<String, Object> v) {
        return switch (String.valueOf(v.get("gender")).toLowerCase()) {
            case "male" -> "ông ";
            case "female" -> "bà ";
            default -> "";
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(Map<String, Object> v, String name) {
        Object value = v.get(name);
        return value == null ? "" : value.toString();
    }
}
