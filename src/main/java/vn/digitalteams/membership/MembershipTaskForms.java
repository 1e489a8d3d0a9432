package vn.digitalteams.membership;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.engineapi.TaskForms;
import vn.digitalteams.shared.VietnameseDates;

/**
 * What the forms of the membership tasks show, from the case records: each view carries exactly the
 * names its form ({@code forms/*.form}) puts in {@code {{...}}}. Typed text (names, reasons, notes) is
 * escaped by {@link FormView#text}; links are built here from the case key or document id.
 */
@Component
class MembershipTaskForms implements TaskForms {

    private final MembershipCases cases;

    MembershipTaskForms(MembershipCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(MembershipCases.REGISTRATION, MembershipCases.WITHDRAWAL);
    }

    @Override
    public FormView view(TaskContext task) {
        return switch (task.processKey()) {
            case MembershipCases.REGISTRATION ->
                    registrationView(task.taskDefinitionKey(), cases.registration(task.communeCode(), task.caseKey()));
            case MembershipCases.WITHDRAWAL ->
                    withdrawalView(task.taskDefinitionKey(), cases.withdrawal(task.communeCode(), task.caseKey()));
            default -> FormView.of();
        };
    }

    private static FormView registrationView(String taskKey, RegistrationCase record) {
        return switch (taskKey) {
            // forms/membership-approval.form
            case "approveMembership" -> subject(record)
                    .text("birthDateText", VietnameseDates.format(record.birthDate()))
                    .text("citizenId", record.citizenId())
                    .text("villageName", record.villageName())
                    .text("communeName", record.communeName())
                    .text("occupation", record.occupation())
                    .text("teamSize", record.teamSize())
                    .text("teamIsFull", record.teamIsFull())
                    .text("referrerName", record.referrerName())
                    .text("referralReason", record.referralReason())
                    .text("approvalDueText", dateOf(record.approvalDue()))
                    .markdown("draftUrl", draftUrl(record));
            // forms/admission-notice.form
            case "acknowledgeAdmission" -> issued(record)
                    .text("admittedAsCollaborator", record.admittedAsCollaborator());
            // forms/approval-rejected.form
            case "acknowledgeRejection" -> rejection(record);
            // forms/approval-escalation.form
            case "escalateApproval" -> escalation(record);
            default -> FormView.of();
        };
    }

    private static FormView withdrawalView(String taskKey, WithdrawalCase record) {
        return switch (taskKey) {
            // forms/withdrawal-approval.form
            case "approveWithdrawal" -> subject(record)
                    .text("roleName", record.memberRoleName())
                    .text("communeName", record.communeName())
                    .text("requestDateText", VietnameseDates.format(record.requestDate()))
                    .text("reason", record.reason())
                    .text("referrerName", record.referrerName())
                    .text("approvalDueText", dateOf(record.approvalDue()))
                    .text("successorName", record.successorName())
                    .markdown("draftUrl", draftUrl(record));
            // forms/approval-rejected.form
            case "acknowledgeWithdrawalRejection" -> rejection(record);
            // forms/approval-escalation.form
            case "escalateWithdrawal" -> escalation(record);
            // forms/recruit-members.form
            case "recruitMembers" -> issued(record);
            // forms/understaffed-team.form
            case "noteUnderstaffedTeam" -> subject(record)
                    .text("decisionNumber", record.decisionNumber())
                    .text("referrerName", record.referrerName());
            default -> FormView.of();
        };
    }

    /** Whom and what the case is about: every membership form names them. */
    private static FormView subject(MembershipCase record) {
        return FormView.of().text("caseKey", record.caseKey()).text("fullName", record.personName())
                .text("teamName", record.teamName());
    }

    /** The decision issued and its PDF's address (a system-made id). */
    private static FormView issued(MembershipCase record) {
        return subject(record).text("decisionNumber", record.decisionNumber())
                .markdown("decisionUrl", "/api/documents/" + record.decisionDocumentId() + "/pdf");
    }

    private static FormView rejection(MembershipCase record) {
        return subject(record).text("decisionNote", record.decisionNote());
    }

    private static FormView escalation(MembershipCase record) {
        return subject(record).text("referrerName", record.referrerName());
    }

    /** The case key is system-made ("TV-2026-0001"), so it goes into the link as it is. */
    private static String draftUrl(MembershipCase record) {
        return "/api/documents/drafts/" + record.caseKey();
    }

    private static String dateOf(Instant instant) {
        return VietnameseDates.format(instant.atZone(VietnameseDates.ZONE).toLocalDate());
    }
}
