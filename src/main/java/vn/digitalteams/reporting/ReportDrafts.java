package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.forbidden;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DocumentContent;
import vn.digitalteams.documents.DraftSource;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * Drafts of the commune's periodic reports, for the cycles being consolidated or reviewed: the report
 * as it stands (the last consolidation's texts), which the consolidation and review forms link to. The
 * commune's Chairman, vice-chairman, officers and commune team leader read them (they read the issued
 * report too), as do admins; a village leader does not.
 */
@Component
class ReportDrafts implements DraftSource {

    static final Set<Role> READERS = Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.OFFICER, Role.COMMUNE_LEADER);

    private final ReportingCycles cycles;
    private final ReportContents contents;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final TaskService taskService;
    private final WithoutEngineAuthorization withoutAuthorization;

    ReportDrafts(ReportingCycles cycles, ReportContents contents, CurrentUser currentUser, UserAccounts accounts,
                 TaskService taskService, WithoutEngineAuthorization withoutAuthorization) {
        this.cycles = cycles;
        this.contents = contents;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /**
     * Signed by the viewer when they are the Chairman or a vice-chairman (who would sign it), otherwise
     * in the commune Chairman's name.
     */
    @Override
    public Optional<DocumentContent> draftOf(String communeCode, String caseKey) {
        Optional<ReportingCycle> cycle = cycles.find(communeCode, caseKey).filter(this::awaitsConsolidationOrReview);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        if (!currentUser.isAdmin() && READERS.stream().noneMatch(currentUser::hasRole)) {
            throw forbidden("report.draft.forbidden", caseKey);
        }
        boolean signs = currentUser.hasRole(Role.CHAIRMAN) || currentUser.hasRole(Role.VICE_CHAIRMAN);
        String viewer = currentUser.id();
        // Who signs is printed on every report; the caller's grants need not include reading the Chairman's account.
        String signerName = signs ? accounts.displayName(viewer) : accounts.chairmanName(communeCode);
        return Optional.of(contents.of(cycle.get(), signs ? Signer.of(currentUser::hasRole) : Signer.CHAIRMAN, signerName));
    }

    /**
     * Where its instance is, as the engine knows it: at the consolidation or the review. Asked without
     * the caller's grants (an officer may read the draft but not the Chairman's task).
     */
    private boolean awaitsConsolidationOrReview(ReportingCycle cycle) {
        return withoutAuthorization.call(() -> taskService.createTaskQuery().tenantIdIn(cycle.communeCode())
                .processInstanceBusinessKey(cycle.caseKey())
                .processDefinitionKey(PeriodicReportVariables.PROCESS_KEY)
                .taskDefinitionKeyIn(PeriodicReportForms.CONSOLIDATE_REPORTS, PeriodicReportForms.REVIEW_REPORT)
                .count() > 0);
    }
}
