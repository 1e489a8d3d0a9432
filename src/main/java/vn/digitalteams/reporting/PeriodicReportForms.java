package vn.digitalteams.reporting;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.engineapi.TaskForms;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.VillageTeam;

/**
 * What the task forms of periodic-report.bpmn show, from the cycle's record, the village reports, the
 * team directory and the activity log (a village report's figures are added up when its form is opened,
 * so they include what was recorded since the cycle opened; a revision shows the report as sent).
 */
@Component
class PeriodicReportForms implements TaskForms {

    static final String SUBMIT_VILLAGE_REPORT = "submitVillageReport";
    static final String REVISE_VILLAGE_REPORT = "reviseVillageReport";
    static final String DECIDE_ON_LATE_VILLAGE = "decideOnLateVillage";
    static final String CONSOLIDATE_REPORTS = "consolidateReports";
    static final String REVIEW_REPORT = "reviewReport";

    /**
     * The consolidation's checklist of villages to return takes its options from this text, one
     * "teamCode:village name" per village, ";" between them: Tasklist hands a form only plain values, so the
     * form's FEEL ({@code valuesExpression}) splits it into {@code {value, label}} options.
     */
    static final String RETURNABLE_VILLAGES = "returnableVillages";

    private final ReportingCycles cycles;
    private final ActivityLog activityLog;
    private final Communes communes;
    private final RuntimeService runtimeService;

    PeriodicReportForms(ReportingCycles cycles, ActivityLog activityLog, Communes communes,
                        RuntimeService runtimeService) {
        this.cycles = cycles;
        this.activityLog = activityLog;
        this.communes = communes;
        this.runtimeService = runtimeService;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(PeriodicReportVariables.PROCESS_KEY);
    }

    @Override
    public FormView view(TaskContext task) {
        return switch (task.taskDefinitionKey()) {
            case SUBMIT_VILLAGE_REPORT -> villageReport(task);
            case REVISE_VILLAGE_REPORT -> villageRevision(task);
            case DECIDE_ON_LATE_VILLAGE -> lateVillage(task);
            case CONSOLIDATE_REPORTS -> consolidation(task);
            case REVIEW_REPORT -> review(task);
            default -> FormView.of();
        };
    }

    /** village-report.form: the village's heading, and its figures for the period as the activity log adds them up. */
    private FormView villageReport(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        VillageTeam team = villageOf(task);
        ReportingPeriod period = cycle.period();
        FormView view = villageHeading(cycle, team).text("returned", false);
        ActivitySummary summary = activityLog.summarize(team.code(), period.from(), period.to());
        for (ActivityType type : ActivityType.values()) {
            view.field(type.variable(), summary.count(type));
        }
        return view.field(VillageReportForm.VULNERABLE_HELPED, summary.vulnerableTotal());
    }

    /** village-report.form for a returned report: the commune team leader's comment, and the report as the village sent it. */
    private FormView villageRevision(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        VillageTeam team = villageOf(task);
        VillageReport report = cycles.report(cycle, team.code());
        FormView view = villageHeading(cycle, team).text("returned", true).text("returnComment", report.returnComment());
        for (ActivityType type : ActivityType.values()) {
            view.field(type.variable(), report.figure(type));
        }
        view.field(VillageReportForm.VULNERABLE_HELPED, (long) report.vulnerableHelped());
        for (VillageText kind : VillageText.values()) {
            prefill(view, kind.villageField(), report.text(kind));
        }
        prefill(view, VillageReportForm.FIGURES_EXPLANATION, report.figuresExplanation());
        return view;
    }

    /** The village form's heading and the plausible maxima of the period, above which a figure needs explaining. */
    private FormView villageHeading(ReportingCycle cycle, VillageTeam team) {
        ReportingPeriod period = cycle.period();
        NumberFormat number = NumberFormat.getIntegerInstance(Messages.VIETNAMESE);
        String maxima = Arrays.stream(ActivityType.values())
                .map(type -> type.label() + " " + number.format(type.plausibleMaximum(period.months())))
                .collect(Collectors.joining("; "));
        return FormView.of().text("periodLabel", period.label()).text("villageName", team.villageName())
                .text("teamName", team.name()).text("dueText", ReportDeadline.text(cycle.dueOn()))
                .text("plausibleMaxima", Messages.get("report.plausibleMaxima", period.unit(), maxima));
    }

    /** late-village-report.form: which village is late, for which period, and since when. */
    private FormView lateVillage(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        return FormView.of().text("villageName", villageOf(task).villageName())
                .text("periodLabel", cycle.period().label()).text("dueText", ReportDeadline.text(cycle.dueOn()));
    }

    /**
     * report-consolidation.form: the villages side by side, their flagged figures and what they wrote, the
     * Chairman's note when the report came back, the villages' texts as the report will print them and the
     * commune's own texts as last written (editable, empty the first time), and the villages that can be
     * returned.
     */
    private FormView consolidation(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        List<VillageReport> reports = cycles.reportsOf(cycle);
        VillageTable table = new VillageTable(reports);
        String returnable = reports.stream().filter(VillageReport::wasSubmitted)
                // ";" and ":" separate the options in the form's FEEL; a name keeps its other characters.
                .map(report -> report.teamCode() + ":" + report.villageName().replace(';', ',').replace(':', ' '))
                .collect(Collectors.joining(";"));
        FormView view = cycleSummary(cycle, table).text("sentBack", cycle.sentBack())
                .text("decisionNote", cycle.sentBack() ? cycle.decisionNote() : "")
                .text("revisedVillages", orNone(table.villagesWith(VillageReport.Review.REVISED)))
                .markdown("villageNotes", table.notesMarkdown(false))
                .text("canReturn", !returnable.isEmpty()).field(RETURNABLE_VILLAGES, returnable);
        ReportingCycle.Consolidation texts = cycle.consolidation();
        prefill(view, ConsolidationForm.ASSESSMENT, texts.assessment());
        prefill(view, ConsolidationForm.DIFFICULTIES, texts.difficulties());
        prefill(view, ConsolidationForm.PROPOSALS, texts.proposals());
        prefill(view, ConsolidationForm.NEXT_TASKS, texts.nextTasks());
        for (VillageText kind : VillageText.values()) {
            String lines = VillageLines.format(reports, kind);
            prefill(view, kind.consolidationField(), lines.isEmpty() ? null : lines);
        }
        return view;
    }

    /** report-review.form: the same summary and the texts as the report prints them, to approve or send back. */
    private FormView review(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        VillageTable table = new VillageTable(cycles.reportsOf(cycle));
        ReportingCycle.Consolidation texts = cycle.consolidation();
        return cycleSummary(cycle, table).markdown("villageNotes", table.notesMarkdown(true))
                .text("assessment", orNone(texts.assessment())).text("difficulties", orNone(texts.difficulties()))
                .text("proposals", orNone(texts.proposals())).text("nextTasks", orNone(texts.nextTasks()));
    }

    /** The heading, the villages' table, who was late or missing, the flagged figures, and the draft's address. */
    private FormView cycleSummary(ReportingCycle cycle, VillageTable table) {
        return FormView.of().text("periodLabel", cycle.period().label())
                .text("communeName", communes.commune(cycle.communeCode()).name())
                .text("lateVillages", orNone(table.villagesWith(VillageReport.Status.LATE)))
                .text("missingVillages", orNone(table.villagesWith(VillageReport.Status.MISSING)))
                .markdown("villageTable", table.markdown())
                .markdown("flaggedFigures", table.flaggedMarkdown())
                .markdown("draftUrl", "/api/documents/drafts/" + cycle.caseKey());
    }

    private ReportingCycle cycle(TaskContext task) {
        return cycles.cycle(task.communeCode(), task.caseKey());
    }

    /** The village team the task's execution reports for: its multi-instance element, not the task's own copy. */
    private VillageTeam villageOf(TaskContext task) {
        String teamCode = (String) runtimeService.getVariable(task.executionId(), PeriodicReportVariables.TEAM_CODE);
        return cycles.villageTeam(task.communeCode(), teamCode);
    }

    private static void prefill(FormView view, String field, String value) {
        if (value != null) {
            view.field(field, value);
        }
    }

    private static String orNone(String text) {
        return text == null ? Messages.get("report.villages.none") : text;
    }
}
