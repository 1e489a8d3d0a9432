package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;
import vn.digitalteams.team.VillageTeam;

/** The consolidation's villages' texts, a line per village, written out and read back. */
class VillageLinesTest {

    private static final String LABEL = "Khó khăn, vướng mắc của các bản";

    private final VillageReport ban01 = submitted("tam-quang-ban-01", "Bản 1", "Sóng yếu ở xóm Pủng.\nĐường trơn.");
    private final VillageReport ban10 = submitted("tam-quang-ban-10", "Bản 10", "Thiếu điện thoại thông minh.");
    private final VillageReport ban11 = submitted("tam-quang-ban-11", "Bản 11", null);
    private final VillageReport ban12 = VillageReport.missing(1L, team("tam-quang-ban-12", "Bản 12"), Instant.EPOCH);
    private final List<VillageReport> reports = List.of(ban01, ban10, ban11, ban12);

    @Test
    void eachVillageWithATextHasALineAsTheReportPrintsIt() {
        assertThat(VillageLines.format(reports, VillageText.DIFFICULTIES))
                .isEqualTo("Bản 1: Sóng yếu ở xóm Pủng.; Đường trơn.\nBản 10: Thiếu điện thoại thông minh.");
        assertThat(VillageLines.format(reports, VillageText.NEEDS)).isEmpty();
    }

    @Test
    void linesAreReadBackPerVillageWhateverTheCaseAndSpacingOfTheirName() {
        Map<String, String> read = VillageLines.parse("bản 10 :Thiếu điện thoại cho người già.\n\n"
                + "Bản 11: Chưa có sóng 4G.\nCần thêm trạm phát sóng.\nBản 1:", reports, LABEL);

        Map<String, String> expected = new HashMap<>();
        expected.put("tam-quang-ban-01", null);
        expected.put("tam-quang-ban-10", "Thiếu điện thoại cho người già.");
        expected.put("tam-quang-ban-11", "Chưa có sóng 4G.; Cần thêm trạm phát sóng.");
        assertThat(read).as("a village that did not report has no line to read").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(VillageLines.parse(null, reports, LABEL)).as("an emptied field prints no village's text")
                .containsOnlyKeys("tam-quang-ban-01", "tam-quang-ban-10", "tam-quang-ban-11").containsValues((String) null);
    }

    @Test
    void textBeforeAnyVillageAVillageNamedTwiceAndAVillageThatDidNotReportAreRefused() {
        assertThat(refusal("Ghi chú chung\nBản 1: Sóng yếu.")).isEqualTo(LABEL + ": mỗi bản một dòng, bắt đầu bằng tên bản "
                + "và dấu hai chấm (ví dụ \"Bản 1: ...\"); dòng \"Ghi chú chung\" không bắt đầu bằng tên một bản đã nộp báo cáo.");
        assertThat(refusal("Bản 12: Không nộp báo cáo nhưng có ý kiến.")).contains("dòng \"Bản 12: Không nộp báo cáo nhưng có ý kiế…\"");
        assertThat(refusal("Bản 10: Một.\nBản 10: Hai.")).isEqualTo(LABEL + ": Bản 10 có hai dòng; mỗi bản chỉ một dòng.");
    }

    @Test
    void aCorrectionLikeTheVillagesOwnLineIsNone() {
        VillageReport report = submitted("tam-quang-ban-02", "Bản 02", "Sóng yếu.\nĐường trơn.");
        report.correct(VillageText.DIFFICULTIES, "Sóng yếu.; Đường trơn.", "totruong-xa", Instant.EPOCH);
        assertThat(report.isCorrected(VillageText.DIFFICULTIES)).isFalse();
        report.correct(VillageText.DIFFICULTIES, null, "totruong-xa", Instant.EPOCH);
        assertThat(report.isCorrected(VillageText.DIFFICULTIES)).isTrue();
        assertThat(report.printed(VillageText.DIFFICULTIES)).isNull();
        assertThat(report.text(VillageText.DIFFICULTIES)).isEqualTo("Sóng yếu.\nĐường trơn.");
    }

    private String refusal(String submitted) {
        return Messages.of(catchThrowableOfType(UserFacingException.class, () -> VillageLines.parse(submitted, reports, LABEL)));
    }

    private static VillageReport submitted(String teamCode, String villageName, String difficulties) {
        VillageReportForm.Values values = new VillageReportForm.Values(new EnumMap<>(ActivityType.class), 0, difficulties,
                null, null, null);
        return VillageReport.submitted(1L, team(teamCode, villageName), false, values, Map.of(), "leader", Instant.EPOCH);
    }

    private static VillageTeam team(String code, String villageName) {
        return new VillageTeam(code, "Tổ công nghệ số cộng đồng " + villageName.toLowerCase(), villageName, null);
    }
}
