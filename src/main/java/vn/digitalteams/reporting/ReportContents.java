package vn.digitalteams.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.documents.ReportContent;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Commune;
import vn.digitalteams.team.Communes;

/**
 * Writes a cycle's BÁO CÁO from its record: the village reports and what the commune team leader wrote
 * at consolidation; each village's own texts follow the commune's under their section.
 */
@Component
class ReportContents {

    private final ReportingCycles cycles;
    private final Communes communes;
    private final Clock clock;

    ReportContents(ReportingCycles cycles, Communes communes, Clock clock) {
        this.cycles = cycles;
        this.communes = communes;
        this.clock = clock;
    }

    /** The report as it stands, signed by {@code signerName} as {@code signer}, dated today. */
    @Transactional(readOnly = true)
    ReportContent of(ReportingCycle cycle, Signer signer, String signerName) {
        ReportingCycle.Consolidation texts = cycle.consolidation();
        ReportingPeriod period = cycle.period();
        Commune commune = communes.commune(cycle.communeCode());
        List<VillageReport> reports = cycles.reportsOf(cycle);
        VillageTable table = new VillageTable(reports);

        List<String> situation = new ArrayList<>();
        situation.add("Thực hiện Kế hoạch hoạt động của Tổ công nghệ số cộng đồng, Ủy ban nhân dân xã " + commune.name()
                + " báo cáo kết quả hoạt động " + period.label() + " (từ ngày " + VietnameseDates.format(period.from())
                + " đến ngày " + VietnameseDates.format(period.to()) + ") như sau:");
        situation.add("Xã có " + table.size() + " Tổ công nghệ số cộng đồng bản: " + table.count(VillageReport.Status.ON_TIME)
                + " tổ nộp báo cáo đúng hạn" + listed(table, VillageReport.Status.LATE, "nộp muộn")
                + listed(table, VillageReport.Status.MISSING, "không nộp") + ".");
        situation.addAll(paragraphs(texts.assessment()));

        return new ReportContent(commune.code(), commune.name(), cycle.caseKey(), VietnameseDates.today(clock),
                "Kết quả hoạt động của Tổ công nghệ số cộng đồng " + period.label(), situation,
                List.of(table.byVillage(VillageTable.BY_VILLAGE), table.byActivity("2. Tổng hợp toàn xã theo nội dung")),
                table.export("Kết quả hoạt động Tổ công nghệ số cộng đồng xã " + commune.name() + " " + period.label()),
                withVillages(texts.difficulties(), reports, VillageReport::difficulties),
                withVillages(texts.proposals(), reports, VillageReport::needs),
                withVillages(texts.nextTasks(), reports, VillageReport::nextPlan),
                signer, signerName,
                List.of("Sở Khoa học và Công nghệ tỉnh " + commune.province() + " (b/c);", "TT Đảng ủy, HĐND xã (b/c);",
                        "Chủ tịch, các PCT UBND xã;", "Tổ công nghệ số cộng đồng xã và các bản;"));
    }

    private static String listed(VillageTable table, VillageReport.Status status, String what) {
        String villages = table.villagesWith(status);
        return villages == null ? "" : ", " + table.count(status) + " tổ " + what + " (" + villages + ")";
    }

    /** The commune's own text, then "Bản 03: ..." for each village that wrote something. */
    private static List<String> withVillages(String communeText, List<VillageReport> reports,
                                             Function<VillageReport, String> villageText) {
        List<String> paragraphs = new ArrayList<>(paragraphs(communeText));
        for (VillageReport report : reports) {
            String text = villageText.apply(report);
            if (text != null && !text.isBlank()) {
                paragraphs.add(report.villageName() + ": " + text.strip().replaceAll("\\s*\\R\\s*", "; "));
            }
        }
        return paragraphs;
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
