package vn.digitalteams.scamreport;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.engineapi.TaskForms;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;

/**
 * What the scam-report tasks' forms show, from the case record: the police review everything about the
 * report (the reporter, other open reports about the same scammer, a link to the evidence); the chief
 * a summary and who handles it; the filer the outcome and any published warning, never the reporter's
 * phone or the police's own note.
 */
@Component
class ScamReportForms implements TaskForms {

    static final String ESCALATION_TASK = "escalateReview";
    static final String CLOSE_OUT_TASK = "informResident";

    private final ScamReports scamReports;
    private final ScamReportRepository reports;
    private final ScamReporterRepository reporters;
    private final ScamEvidenceRepository evidence;
    private final TaskService taskService;
    private final UserAccounts accounts;

    ScamReportForms(ScamReports scamReports, ScamReportRepository reports, ScamReporterRepository reporters,
                    ScamEvidenceRepository evidence, TaskService taskService, UserAccounts accounts) {
        this.scamReports = scamReports;
        this.reports = reports;
        this.reporters = reporters;
        this.evidence = evidence;
        this.taskService = taskService;
        this.accounts = accounts;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ScamReportIntake.PROCESS_KEY);
    }

    @Override
    public FormView view(TaskContext task) {
        return switch (task.taskDefinitionKey()) {
            case ChiefDecision.POLICE_TASK -> policeReview(scamReports.of(task.communeCode(), task.caseKey()));
            case ESCALATION_TASK -> escalation(scamReports.of(task.communeCode(), task.caseKey()), task);
            case CLOSE_OUT_TASK -> informResident(scamReports.of(task.communeCode(), task.caseKey()));
            default -> FormView.of();
        };
    }

    private FormView policeReview(ScamReport report) {
        List<String> linked = otherOpenReportsAboutTheSameScammer(report);
        boolean hasEvidence = evidence.existsById(report.id());
        FormView view = summary(report)
                .text("channelLabel", ScamCodes.channelLabel(report.channel()))
                .text("occurredOnText", VietnameseDates.format(report.occurredOn()))
                .text("scammerContact", report.scammerContact())
                .text("description", report.description())
                .text("filedByName", report.filedByName())
                .text("linkedCases", String.join(", ", linked))
                .text("hasLinkedCases", !linked.isEmpty())
                .text("hasEvidence", hasEvidence);
        if (hasEvidence) {
            // A link built from the system's own case number, never from anything typed.
            view.markdown("evidenceUrl", ScamEvidenceController.PATH.replace("{caseKey}", report.caseKey()));
        }
        return view;
    }

    /** The case keys of the commune's other open reports about the same scammer contact: the police handle them together. */
    private List<String> otherOpenReportsAboutTheSameScammer(ScamReport report) {
        if (report.scammerContactKey() == null) {
            return List.of();
        }
        return reports.findByCommuneCodeAndScammerContactKeyAndStatusInOrderByCaseKey(report.communeCode(),
                        report.scammerContactKey(), List.of(ScamReport.Status.IN_POLICE_HANDS, ScamReport.Status.HANDLED))
                .stream().map(ScamReport::caseKey).filter(key -> !key.equals(report.caseKey())).toList();
    }

    private FormView escalation(ScamReport report, TaskContext task) {
        Task review = taskService.createTaskQuery().processInstanceId(task.processInstanceId())
                .taskDefinitionKey(ChiefDecision.POLICE_TASK).singleResult();
        String handler = review == null ? null : review.getAssignee();
        return summary(report).text("handlerName",
                handler == null ? Messages.get("scam.review.unassigned") : accounts.displayName(handler));
    }

    private FormView informResident(ScamReport report) {
        return FormView.of()
                .text("caseKey", report.caseKey())
                .text("villageName", report.villageName())
                .text("categoryLabel", ScamCodes.categoryLabel(report.category()))
                .text("outcomeLabel", ScamCodes.outcomeLabel(report.outcome()))
                .text("actionsText", String.join("; ", report.actions().stream().map(a -> Messages.get("scam." + a)).toList()))
                .text("warningPublished", report.warningApproved())
                .text("warningPattern", report.warningPattern())
                .text("warningAdvice", report.warningAdvice());
    }

    /** What both police forms open with: the case, its urgency and deadline, the loss and the reporter. */
    private FormView summary(ScamReport report) {
        ScamReporter reporter = reporters.findById(report.id()).orElseThrow();
        return FormView.of()
                .text("caseKey", report.caseKey())
                .text("severityLabel", ScamCodes.severityLabel(report.severity()))
                .text("policeDueText", VietnameseDates.formatMoment(report.policeDueAt()))
                .text("categoryLabel", ScamCodes.categoryLabel(report.category()))
                .text("amountLostText", Messages.get("scam.amount", report.amountLost()))
                .text("reporterDisplay", reporter.name() == null ? Messages.get("scam.reporter.anonymous") : reporter.name())
                .text("reporterPhoneText", reporter.phone() == null ? Messages.get("scam.reporter.noPhone") : reporter.phone())
                .text("villageName", report.villageName());
    }

}
