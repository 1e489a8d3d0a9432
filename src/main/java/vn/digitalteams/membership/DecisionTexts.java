package vn.digitalteams.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DecisionContent;
import vn.digitalteams.documents.DocumentType;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The wording of the Chairman's decisions on joining and leaving a team, from the case records. The
 * same text serves the draft the Chairman reads and the decision that is issued.
 */
@Component
class DecisionTexts {

    /** {@code asCollaborator}: the team has ten members, so the person joins its collaborator group (the plan). */
    DecisionContent admission(RegistrationCase record, boolean asCollaborator, LocalDate issuedOn, Signer signer,
                              String signerName) {
        String team = record.teamName();
        String person = honorific(record) + record.personName();
        String status = asCollaborator
                ? "là cộng tác viên thuộc Nhóm cộng tác viên của " + team + " (Tổ đã đủ 10 thành viên theo Kế hoạch)"
                : "là thành viên " + team;
        String occupation = record.occupation() == null ? "" : ", nghề nghiệp: " + record.occupation();
        List<String> articles = List.of(
                "Công nhận " + person + ", sinh ngày " + VietnameseDates.format(record.birthDate())
                        + ", số định danh cá nhân " + record.citizenId() + occupation + ", cư trú tại "
                        + record.villageName() + ", xã " + record.communeName() + ", " + status + ".",
                capitalized(person) + " có trách nhiệm tham gia hoạt động của Tổ theo Kế hoạch của Ủy ban nhân dân xã; "
                        + "hướng dẫn, hỗ trợ người dân sử dụng nền tảng số, công nghệ số; chịu sự phân công của Tổ trưởng.",
                closingArticle(team, person));
        String subject = "Về việc công nhận " + (asCollaborator ? "cộng tác viên " : "thành viên ") + team;
        return content(record, DocumentType.ADMISSION_DECISION, issuedOn, subject, articles, signer, signerName);
    }

    DecisionContent withdrawal(WithdrawalCase record, LocalDate issuedOn, Signer signer, String signerName) {
        String team = record.teamName();
        String person = record.personName();
        List<String> articles = new ArrayList<>();
        articles.add("Cho " + person + " thôi tham gia " + team + " kể từ ngày "
                + VietnameseDates.format(record.requestDate()) + ", theo nguyện vọng cá nhân.");
        if (record.successorName() != null) {
            articles.add("Giao " + record.successorName() + " giữ nhiệm vụ " + record.memberRoleName() + " " + team
                    + " thay " + person + " kể từ ngày ký.");
        }
        articles.add(closingArticle(team, person));
        return content(record, DocumentType.WITHDRAWAL_DECISION, issuedOn, "Về việc cho thôi tham gia " + team, articles,
                signer, signerName);
    }

    private static DecisionContent content(MembershipCase record, DocumentType type, LocalDate issuedOn, String subject,
                                           List<String> articles, Signer signer, String signerName) {
        String commune = record.communeName();
        List<String> legalBases = List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Quyết định số 1978/QĐ-BTTTT ngày 24 tháng 11 năm 2021 của Bộ trưởng Bộ Thông tin và "
                        + "Truyền thông ban hành Hướng dẫn thành lập, tổ chức và hoạt động của Tổ công nghệ số cộng đồng;",
                "Căn cứ Kế hoạch của Ủy ban nhân dân xã " + commune
                        + " về tổ chức hoạt động Tổ công nghệ số cộng đồng trên địa bàn xã;",
                "Căn cứ " + record.teamEstablishedBy() + " của Chủ tịch Ủy ban nhân dân xã về việc thành lập "
                        + "Tổ công nghệ số cộng đồng;");
        String proposal = "Xét đề nghị của Tổ trưởng " + record.teamName() + ",";
        List<String> recipients = List.of("Như Điều " + articles.size() + ";", "Sở KH&CN (b/c);",
                "TT Đảng ủy, HĐND xã (b/c);", "Chủ tịch, các PCT UBND xã;");
        return new DecisionContent(record.communeCode(), commune, record.caseKey(), record.teamCode(), type, issuedOn,
                subject, legalBases, proposal, articles, signer, signerName, recipients);
    }

    /** The last article names who carries the decision out; "./." closes a decision's text. */
    private static String closingArticle(String team, String person) {
        return "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, "
                + "Tổ trưởng " + team + " và " + person + " chịu trách nhiệm thi hành Quyết định này./.";
    }

    private static String honorific(RegistrationCase record) {
        return switch (record.gender()) {
            case MALE -> "ông ";
            case FEMALE -> "bà ";
            case OTHER -> "";
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
