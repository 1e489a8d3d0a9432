package vn.digitalteams.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import vn.digitalteams.documents.ReportTable;
import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.shared.Messages;

/**
 * A cycle's village reports as tables: side by side with related figures added up (for the
 * consolidation task and the report's first table), per activity type for the whole commune, and in
 * full (every type in its own column) for the Excel export. Numbers are written the Vietnamese way.
 */
final class VillageTable {

    private final List<VillageReport> reports;

    VillageTable(List<VillageReport> reports) {
        this.reports = List.copyOf(reports);
    }

    ReportTable byVillage() {
        List<String> headers = new ArrayList<>(List.of(Messages.get("report.column.village"),
                Messages.get("report.column.status")));
        Arrays.stream(ReportColumns.values()).map(ReportColumns::heading).forEach(headers::add);
        headers.add(Messages.get("report.column.vulnerable"));
        List<List<String>> rows = new ArrayList<>();
        for (VillageReport report : reports) {
            rows.add(groupedRow(report.villageName(), status(report), report::figure, report.vulnerableHelped()));
        }
        rows.add(groupedRow(Messages.get("report.total"), "", this::total, vulnerableTotal()));
        return new ReportTable(Messages.get("report.table.byVillage"), headers, rows, true);
    }

    ReportTable byActivity() {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ActivityType type : ActivityType.values()) {
            rows.add(List.of(String.valueOf(number++), type.label(), number(total(type))));
        }
        rows.add(List.of(String.valueOf(number), Messages.get("report.vulnerableHelped"), number(vulnerableTotal())));
        return new ReportTable(Messages.get("report.table.byActivity"), List.of(Messages.get("report.column.number"),
                Messages.get("report.column.content"), Messages.get("report.column.count")), rows, false);
    }

    ReportTable export(String title) {
        List<String> headers = new ArrayList<>(List.of(Messages.get("report.column.number"),
                Messages.get("report.column.team"), Messages.get("report.column.village"),
                Messages.get("report.column.status")));
        Arrays.stream(ActivityType.values()).map(ActivityType::label).forEach(headers::add);
        headers.add(Messages.get("report.vulnerableHelped"));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (VillageReport report : reports) {
            rows.add(fullRow(List.of(String.valueOf(number++), report.teamName(), report.villageName(), status(report)),
                    report::figure, report.vulnerableHelped()));
        }
        rows.add(fullRow(List.of("", Messages.get("report.total"), "", ""), this::total, vulnerableTotal()));
        return new ReportTable(title, headers, rows, true);
    }

    /**
     * The consolidation and review forms' table: GitHub-flavoured Markdown, which Camunda Forms' text
     * field renders. Every cell is {@link FormView#escape escaped}: a village's name is typed by people.
     */
    String markdown() {
        ReportTable table = byVillage();
        StringBuilder text = new StringBuilder(line(escaped(table.headers())));
        text.append(line(table.headers().stream().map(header -> "---").toList()));
        table.rows().forEach(row -> text.append(line(escaped(row))));
        return text.toString();
    }

    /**
     * What each village wrote (difficulties, residents' needs, next plan), a paragraph per village that
     * wrote something, as Markdown with every typed text {@link FormView#escape escaped}; a line saying
     * so when none did. {@code asPrinted}: the texts the report prints, the commune team leader's
     * corrections marked as such; otherwise the villages' own.
     */
    String notesMarkdown(boolean asPrinted) {
        List<String> paragraphs = new ArrayList<>();
        for (VillageReport report : reports) {
            List<String> lines = new ArrayList<>();
            for (VillageText kind : VillageText.values()) {
                String text = asPrinted ? report.printed(kind) : report.text(kind);
                if (text != null) {
                    String corrected = asPrinted && report.isCorrected(kind)
                            ? " " + Messages.get("report.villageText.corrected") : "";
                    lines.add("*" + FormView.escape(Messages.get("report.field." + kind.villageField())) + ":* "
                            + FormView.escape(text + corrected));
                }
            }
            if (!lines.isEmpty()) {
                lines.add(0, "**" + FormView.escape(report.villageName()) + "**");
                paragraphs.add(String.join("  \n", lines));
            }
        }
        return paragraphs.isEmpty() ? FormView.escape(Messages.get("report.villageNotes.none"))
                : String.join("\n\n", paragraphs);
    }

    /**
     * The villages with figures above their plausible maximum, a paragraph each: the figures with their
     * value and the maximum they passed, whether the village has revised since, and its explanation; as
     * Markdown, escaped; a line saying so when none has.
     */
    String flaggedMarkdown() {
        List<String> paragraphs = new ArrayList<>();
        for (VillageReport report : reports) {
            if (report.flagged().isEmpty()) {
                continue;
            }
            List<String> figures = new ArrayList<>();
            report.flagged().forEach((type, maximum) -> figures.add(Messages.get("report.flagged.figure", type.label(),
                    report.figure(type), maximum)));
            String revised = report.review() == VillageReport.Review.REVISED ? " " + Messages.get("report.review.revised") : "";
            paragraphs.add("**" + FormView.escape(report.villageName()) + "**" + FormView.escape(revised) + ": "
                    + FormView.escape(String.join("; ", figures)) + "  \n*"
                    + FormView.escape(Messages.get("report.field." + VillageReportForm.FIGURES_EXPLANATION)) + ":* "
                    + FormView.escape(report.figuresExplanation()));
        }
        return paragraphs.isEmpty() ? FormView.escape(Messages.get("report.flagged.none")) : String.join("\n\n", paragraphs);
    }

    /** The villages whose report has this status, "Bản 03, Bản 07", or null when none. */
    String villagesWith(VillageReport.Status status) {
        return villagesWhere(report -> report.status() == status);
    }

    /** The villages whose report is at this point of the commune team leader's review, or null when none. */
    String villagesWith(VillageReport.Review review) {
        return villagesWhere(report -> report.review() == review);
    }

    private String villagesWhere(Predicate<VillageReport> which) {
        List<String> villages = reports.stream().filter(which).map(VillageReport::villageName).toList();
        return villages.isEmpty() ? null : String.join(", ", villages);
    }

    long count(VillageReport.Status status) {
        return reports.stream().filter(report -> report.status() == status).count();
    }

    int size() {
        return reports.size();
    }

    private List<String> groupedRow(String village, String status, ToLongFunction<ActivityType> figure, long vulnerable) {
        List<String> row = new ArrayList<>(List.of(village, status));
        Arrays.stream(ReportColumns.values()).map(column -> number(column.sum(figure))).forEach(row::add);
        row.add(number(vulnerable));
        return row;
    }

    private static List<String> fullRow(List<String> first, ToLongFunction<ActivityType> figure, long vulnerable) {
        return Stream.of(first.stream(), Arrays.stream(ActivityType.values()).map(type -> number(figure.applyAsLong(type))),
                Stream.of(number(vulnerable))).flatMap(cells -> cells).toList();
    }

    private long total(ActivityType type) {
        return reports.stream().mapToLong(report -> report.figure(type)).sum();
    }

    private long vulnerableTotal() {
        return reports.stream().mapToLong(VillageReport::vulnerableHelped).sum();
    }

    private static String status(VillageReport report) {
        return Messages.get("report.status." + report.status().name());
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Messages.VIETNAMESE).format(value);
    }

    private static List<String> escaped(List<String> cells) {
        return cells.stream().map(FormView::escape).toList();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
