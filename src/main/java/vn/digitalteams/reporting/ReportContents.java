package vn.digitalteams.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.documents.ReportContent;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Commune;
import vn.digitalteams.team.Communes;

/**
 * Writes a cycle's BÁO CÁO from its record: the village reports and what the commune team leader wrote
 * at consolidation; each village's texts, as he corrected them, follow the commune's under their section.
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
        situation.add(Messages.get("report.situation", commune.name(), period.label(),
                VietnameseDates.format(period.from()), VietnameseDates.format(period.to())));
        situation.add(Messages.get("report.submissions", String.valueOf(table.size()),
                String.valueOf(table.count(VillageReport.Status.ON_TIME)), listed(table, VillageReport.Status.LATE),
                listed(table, VillageReport.Status.MISSING)));
        situation.addAll(paragraphs(texts.assessment()));

        return new ReportContent(commune.code(), commune.name(), cycle.caseKey(), VietnameseDates.today(clock),
                Messages.get("report.subject", period.label()), situation,
                List.of(table.byVillage(), table.byActivity()),
                table.export(Messages.get("report.table.export", commune.name(), period.label())),
                withVillages(texts.difficulties(), reports, VillageText.DIFFICULTIES),
                withVillages(texts.proposals(), reports, VillageText.NEEDS),
                withVillages(texts.nextTasks(), reports, VillageText.NEXT_PLAN),
                signer, signerName,
                List.of(Messages.get("report.recipient.department", commune.province()),
                        Messages.get("report.recipient.council"), Messages.get("report.recipient.committee"),
                        Messages.get("report.recipient.teams")));
    }

    private static String listed(VillageTable table, VillageReport.Status status) {
        String villages = table.villagesWith(status);
        return villages == null ? ""
                : Messages.get("report.submissions." + status.name(), String.valueOf(table.count(status)), villages);
    }

    /**
     * The commune's own text, then "Bản 03: ..." for each village with a text of this kind to print: the
     * commune team leader's correction where he made one, otherwise the village's own.
     */
    private static List<String> withVillages(String communeText, List<VillageReport> reports, VillageText kind) {
        List<String> paragraphs = new ArrayList<>(paragraphs(communeText));
        for (VillageReport report : reports) {
            String text = report.printed(kind);
            if (text != null && !text.isBlank()) {
                paragraphs.add(report.villageName() + ": " + text);
            }
        }
        return paragraphs;
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
