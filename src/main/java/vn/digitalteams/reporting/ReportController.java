package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/** The draft report the consolidation and review forms link to, for the users of the cycle's commune. */
@RestController
@RequestMapping("/api/reports/{caseKey}")
class ReportController {

    private final RuntimeService runtimeService;
    private final WithoutEngineAuthorization engine;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final ReportingCycles cycles;
    private final ReportContents contents;
    private final Documents documents;

    ReportController(RuntimeService runtimeService, WithoutEngineAuthorization engine, CurrentUser currentUser,
                     UserAccounts accounts, ReportingCycles cycles, ReportContents contents, Documents documents) {
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.cycles = cycles;
        this.contents = contents;
        this.documents = documents;
    }

    /**
     * The report as it stands (texts of the last consolidation), unnumbered and marked "DỰ THẢO"; signed
     * by the viewer when they are the one who will sign it, otherwise in the commune's Chairman's name.
     */
    @GetMapping("/draft")
    ResponseEntity<byte[]> draft(@PathVariable String caseKey) {
        ReportingCycle cycle = cycles.cycle(caseKey);
        if (!currentUser.mayRead(cycle.communeCode())) {
            throw notFound("report.cycle.notFound", caseKey); // another commune's cycle does not exist for them
        }
        List<ProcessInstance> running = engine.call(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseKey).tenantIdIn(cycle.communeCode()).list());
        if (running.size() != 1) {
            throw notFound("report.cycle.notFound", caseKey);
        }
        Map<String, Object> variables = engine.call(() -> runtimeService.getVariables(running.get(0).getId()));
        boolean approver = currentUser.hasRole(Role.CHAIRMAN) || currentUser.hasRole(Role.VICE_CHAIRMAN);
        byte[] pdf = documents.draft(contents.of(caseKey, variables, Signer.of(currentUser::hasRole),
                approver ? accounts.displayName(currentUser.id()) : accounts.chairmanName(cycle.communeCode())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"du-thao-" + caseKey + ".pdf\"")
                .body(pdf);
    }
}
