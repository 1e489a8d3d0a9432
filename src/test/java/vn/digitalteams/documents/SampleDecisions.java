package vn.digitalteams.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Decisions as the membership process will issue them, for tests. */
public final class SampleDecisions {

    static final String MEMBER = "Lò Thị Ánh Nguyệt";
    public static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 25);

    private SampleDecisions() {
    }

    /** A case key no other test (nor an earlier run on the same database) has used. */
    public static String newCaseKey() {
        return "TV-TEST-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static DecisionContent admission(String communeCode, String communeName, String caseKey, LocalDate issuedOn) {
        return admission(communeCode, communeName, caseKey, issuedOn, Signer.CHAIRMAN, "Lương Văn Hùng", 3);
    }

    static DecisionContent admission(String communeCode, String communeName, String caseKey, LocalDate issuedOn,
                                     Signer signer, String signerName, int articles) {
        List<String> text = List.of(
                "Công nhận bà " + MEMBER + ", sinh ngày 12/03/1995, số định danh cá nhân 040195012345, "
                        + "trú tại bản 01, xã " + communeName + ", là thành viên Tổ công nghệ số cộng đồng bản 01 "
                        + "kể từ ngày Quyết định này có hiệu lực.",
                "Thành viên Tổ công nghệ số cộng đồng có trách nhiệm tuyên truyền, hướng dẫn, hỗ trợ người dân "
                        + "sử dụng các nền tảng số, công nghệ số, kỹ năng số theo Kế hoạch của Ủy ban nhân dân xã; "
                        + "hoạt động theo chế độ kiêm nhiệm, tự nguyện, chịu sự phân công của Tổ trưởng.",
                "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, Tổ trưởng Tổ công nghệ "
                        + "số cộng đồng bản 01, các cơ quan, đơn vị có liên quan và bà " + MEMBER
                        + " chịu trách nhiệm thi hành Quyết định này./.");
        return new DecisionContent(communeCode, communeName, caseKey, communeCode + "-ban-01", DocumentType.ADMISSION_DECISION, issuedOn,
                "Về việc công nhận thành viên Tổ công nghệ số cộng đồng bản 01",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Quyết định số 1978/QĐ-BTTTT ngày 24 tháng 11 năm 2021 của Bộ trưởng Bộ Thông tin "
                                + "và Truyền thông ban hành Hướng dẫn thành lập, tổ chức và hoạt động của Tổ công "
                                + "nghệ số cộng đồng;",
                        "Căn cứ Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân xã "
                                + communeName + " về việc thành lập Tổ công nghệ số cộng đồng các bản;"),
                "Xét đề nghị của Tổ trưởng Tổ công nghệ số cộng đồng bản 01,",
                repeat(text, articles), signer, signerName,
                List.of("Như Điều 3;", "Sở KH&CN (b/c);", "TT Đảng ủy, HĐND xã (b/c);", "Chủ tịch, các PCT UBND xã;"));
    }

    /** The three articles, over again for more (to fill several pages). */
    private static List<String> repeat(List<String> articles, int count) {
        return IntStream.range(0, count).mapToObj(i -> articles.get(i % articles.size())).toList();
    }
}
