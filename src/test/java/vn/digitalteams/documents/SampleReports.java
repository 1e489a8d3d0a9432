package vn.digitalteams.documents;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Reports as the reporting module will issue them, for tests: the commune team and its village teams,
 * each with figures per activity type, summed here (not by the code under test) into the totals rows.
 */
public final class SampleReports {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 12, 5);
    static final String SUBJECT = "Kết quả hoạt động của Tổ công nghệ số cộng đồng tháng 11 năm 2026";
    static final String SCIENCE_DEPARTMENT = "Sở Khoa học và Công nghệ tỉnh Nghệ An (b/c)";
    static final List<String> STATUSES = List.of("Đúng hạn", "Nộp muộn", "Không nộp");
    /** The 13 activity types, as the reporting module labels them. */
    static final List<String> ACTIVITIES = List.of("Đến từng hộ gia đình hướng dẫn", "Tài khoản VNeID mức 1",
            "Tài khoản VNeID mức 2", "Hồ sơ dịch vụ công trực tuyến", "Tài khoản ngân hàng, Mobile Banking",
            "Ví điện tử", "Thanh toán không dùng tiền mặt (QR, hóa đơn)",
            "Gian hàng, sản phẩm trên sàn thương mại điện tử", "Sổ sức khỏe điện tử", "Ứng dụng tiện ích khác",
            "Người dự tuyên truyền an toàn trên mạng", "Người dự Ngày hội công nghệ số",
            "Câu hỏi được giải đáp qua điện thoại, Zalo");
    static final List<String> TEAM_HEADERS = List.of("STT", "Tổ", "Tình hình nộp báo cáo", "Số hộ được hướng dẫn",
            "Tài khoản VNeID mức 2", "Hồ sơ dịch vụ công trực tuyến", "Thanh toán số (ngân hàng, ví, QR)",
            "Người dự tuyên truyền an toàn trên mạng", "Câu hỏi được giải đáp",
            "trong đó người cao tuổi, yếu thế");
    /** The figures of the teams table (after STT, team and status). */
    static final int TEAM_FIGURES = TEAM_HEADERS.size() - 3;

    private static final NumberFormat VIETNAMESE = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));

    private SampleReports() {
    }

    /** A commune no other test has issued anything for: its first document of a series is number 1. */
    static String newCommune() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newCaseKey() {
        return "BC-TEST-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Tam Quang's report: the commune team ("Tổ cấp xã") and the 18 villages ("Bản 01" ...). */
    public static ReportContent report(String communeCode, String caseKey, LocalDate issuedOn) {
        return report(communeCode, caseKey, issuedOn, 19, SampleReports::teamName, Signer.CHAIRMAN, "Lương Văn Hùng");
    }

    /** Team 1 is the commune's ("Tổ cấp xã"), team 2 the first village's ("Bản 01"), and so on. */
    static String teamName(int team) {
        return team == 1 ? "Tổ cấp xã" : String.format("Bản %02d", team - 1);
    }

    /** A report of {@code teams} teams named by {@code name} (1-based). */
    static ReportContent report(String communeCode, String caseKey, LocalDate issuedOn, int teams,
                                IntFunction<String> name, Signer signer, String signerName) {
        List<List<String>> teamRows = new ArrayList<>();
        List<List<String>> exportRows = new ArrayList<>();
        long[] teamTotals = new long[TEAM_FIGURES];
        long[] activityTotals = new long[ACTIVITIES.size()];
        long[] vulnerableTotals = new long[ACTIVITIES.size()];
        for (int team = 1; team <= teams; team++) {
            long[] f = activities(team);
            long[] vulnerable = Arrays.stream(f).map(figure -> figure / 3).toArray();
            long[] grouped = {f[0], f[2], f[3], f[4] + f[5] + f[6], f[10], f[12], sum(vulnerable)};
            List<String> row = new ArrayList<>(List.of(String.valueOf(team), name.apply(team), status(team)));
            for (int g = 0; g < TEAM_FIGURES; g++) {
                row.add(format(grouped[g]));
                teamTotals[g] += grouped[g];
            }
            teamRows.add(row);

            List<String> export = new ArrayList<>(List.of(String.valueOf(team), name.apply(team), status(team)));
            for (int a = 0; a < ACTIVITIES.size(); a++) {
                export.add(format(f[a]));
                activityTotals[a] += f[a];
                vulnerableTotals[a] += vulnerable[a];
            }
            exportRows.add(export);
        }
        List<String> totals = new ArrayList<>(List.of("", "Tổng cộng", ""));
        for (long total : teamTotals) {
            totals.add(format(total));
        }
        teamRows.add(totals);
        List<String> exportTotals = new ArrayList<>(List.of("", "Tổng cộng", ""));
        for (long total : activityTotals) {
            exportTotals.add(format(total));
        }
        exportRows.add(exportTotals);

        List<List<String>> activityRows = new ArrayList<>();
        for (int a = 0; a < ACTIVITIES.size(); a++) {
            activityRows.add(List.of(String.valueOf(a + 1), ACTIVITIES.get(a), format(activityTotals[a]),
                    format(vulnerableTotals[a])));
        }
        activityRows.add(List.of("", "Tổng cộng", format(sum(activityTotals)), format(sum(vulnerableTotals))));

        List<String> exportHeaders = new ArrayList<>(List.of("STT", "Tổ", "Tình hình nộp báo cáo"));
        exportHeaders.addAll(ACTIVITIES);

        return new ReportContent(communeCode, "Tam Quang", caseKey, issuedOn, SUBJECT,
                List.of("Trong tháng, " + (teams - 1) + " Tổ công nghệ số cộng đồng cấp bản và Tổ cấp xã tiếp tục "
                                + "đến từng ngõ, gõ từng nhà hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh "
                                + "điện tử VNeID mức 2, sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
                        "Tổ công nghệ số cộng đồng bản 03 tổ chức Ngày hội công nghệ số tại nhà văn hóa bản, "
                                + "thu hút đông đảo người cao tuổi tham gia."),
                List.of(new ReportTable("Biểu 1. Kết quả hoạt động của các Tổ công nghệ số cộng đồng", TEAM_HEADERS,
                                teamRows, true),
                        new ReportTable("Biểu 2. Tổng hợp theo loại hoạt động", List.of("STT", "Hoạt động", "Số lượt",
                                "trong đó người cao tuổi, yếu thế"), activityRows, true)),
                new ReportTable("Kết quả hoạt động của các Tổ công nghệ số cộng đồng theo loại hoạt động",
                        exportHeaders, exportRows, true),
                List.of("Một số bản vùng sâu sóng điện thoại yếu; nhiều người cao tuổi chưa có điện thoại thông minh."),
                List.of(),
                List.of("Tiếp tục hướng dẫn người dân kích hoạt VNeID mức 2.",
                        "Tổ chức tuyên truyền phòng, chống lừa đảo trên không gian mạng tại các bản."),
                signer, signerName,
                List.of(SCIENCE_DEPARTMENT, "TT Đảng ủy, HĐND xã (b/c)", "Chủ tịch, các PCT UBND xã",
                        "Tổ công nghệ số cộng đồng các bản"));
    }

    /** What a team did per activity type; a team that did not report has nothing. */
    static long[] activities(int team) {
        if (status(team).equals("Không nộp")) {
            return new long[ACTIVITIES.size()];
        }
        long[] figures = new long[ACTIVITIES.size()];
        for (int a = 0; a < figures.length; a++) {
            figures[a] = (team * 31L + a * 17L) % 60 + (a == 0 ? 40 : 0);
        }
        if (team == 1) {
            figures[12] = 1_234; // the commune team answers the most questions: a figure with a thousands dot
        }
        return figures;
    }

    static String status(int team) {
        return team % 7 == 0 ? STATUSES.get(2) : team % 5 == 0 ? STATUSES.get(1) : STATUSES.get(0);
    }

    static String format(long number) {
        return VIETNAMESE.format(number);
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}
