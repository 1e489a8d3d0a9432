package vn.digitalteams.reporting;

import java.util.Set;

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
 * so they include what was recorded since the cycle opened).
 */
@Component
class PeriodicReportForms implements TaskForms {

    static final String SUBMIT_VILLAGE_REPORT = "submitVillageReport";
    static final String DECIDE_ON_LATE_VILLAGE = "decideOnLateVillage";
    static final String CONSOLIDATE_REPORTS = "consolidateReports";
    static final String REVIEW_REPORT = "reviewReport";

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
        FormView view = FormView.of().text("periodLabel", period.label()).text("villageName", team.villageName())
                .text("teamName", team.name()).text("dueText", ReportDeadline.text(cycle.dueOn()));
        ActivitySummary summary = activityLog.summarize(team.code(), period.from(), period.to());
        for (ActivityType type : ActivityType.values()) {
            view.field(type.variable(), summary.count(type));
        }
        return view.field(VillageReportForm.VULNERABLE_HELPED, summary.vulnerableTotal());
    }

    /** late-village-report.form: which village is late, for which period, and since when. */
    private FormView lateVillage(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        return FormView.of().text("villageName", villageOf(task).villageName())
                .text("periodLabel", cycle.period().label()).text("dueText", ReportDeadline.text(cycle.dueOn()));
    }

    /**
     * report-consolidation.form: the villages side by side and what they wrote, the Chairman's note when
     * the report came back, and the inputs as last written (empty the first time).
     */
    private FormView consolidation(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        boolean sentBack = cycle.status() == ReportingCycle.Status.SENT_BACK;
        FormView view = cycleSummary(cycle).text("sentBack", sentBack)
                .text("decisionNote", sentBack ? cycle.decisionNote() : "");
        ReportingCycle.Consolidation texts = cycle.consolidation();
        prefill(view, ConsolidationSubmission.ASSESSMENT, texts.assessment());
        prefill(view, ConsolidationSubmission.DIFFICULTIES, texts.difficulties());
        prefill(view, ConsolidationSubmission.PROPOSALS, texts.proposals());
        prefill(view, ConsolidationSubmission.NEXT_TASKS, texts.nextTasks());
        return view;
    }

    /** report-review.form: the same summary and what the commune team leader wrote, to approve or send back. */
    private FormView review(TaskContext task) {
        ReportingCycle cycle = cycle(task);
        ReportingCycle.Consolidation texts = cycle.consolidation();
        return cycleSummary(cycle).text("assessment", orNone(texts.assessment()))
                .text("difficulties", orNone(texts.difficulties())).text("proposals", orNone(texts.proposals()))
                .text("nextTasks", orNone(texts.nextTasks()));
    }

    /** The heading, the villages' table and texts, who was late or missing, and the draft's address. */
    private FormView cycleSummary(ReportingCycle cycle) {
        VillageTable table = new VillageTable(cycles.reportsOf(cycle));
        return FormView.of().text("periodLabel", cycle.period().label())
                .text("communeName", communes.commune(cycle.communeCode()).name())
                .text("lateVillages", orNone(table.villagesWith(VillageReport.Status.LATE)))
                .text("missingVillages", orNone(table.villagesWith(VillageReport.Status.MISSING)))
                .markdown("villageTable", table.markdown())
                .markdown("villageNotes", table.notesMarkdown())
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
