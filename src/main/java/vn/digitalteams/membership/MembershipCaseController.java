package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.documents.DecisionContent;
import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.identity.WithoutEngineAuthorization;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The two things a membership case needs beyond Tasklist: the draft decision the Chairman's form
 * links to, and the leader's withdrawal of a referral still awaiting approval.
 */
@RestController
@RequestMapping("/api/membership/cases/{caseKey}")
class MembershipCaseController {

    static final String REFERRAL_WITHDRAWN = "ReferralWithdrawn";
    static final String REGISTRATION = "membership-registration";
    static final String WITHDRAWAL = "membership-withdrawal";

    private final RuntimeService runtimeService;
    private final WithoutEngineAuthorization engine;
    private final CurrentUser currentUser;
    private final Documents documents;
    private final DecisionTexts texts;
    private final UserAccounts accounts;
    private final Clock clock;

    MembershipCaseController(RuntimeService runtimeService, WithoutEngineAuthorization engine, CurrentUser currentUser,
                             Documents documents, DecisionTexts texts, UserAccounts accounts, Clock clock) {
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.currentUser = currentUser;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** The decision as it would be issued today, signed by the viewer; for the approver and the referrer. */
    @GetMapping("/draft-decision")
    ResponseEntity<byte[]> draftDecision(@PathVariable String caseKey) {
        ProcessInstance instance = openCase(caseKey, REGISTRATION, WITHDRAWAL);
        boolean approver = currentUser.hasRole(Role.CHAIRMAN) || currentUser.hasRole(Role.VICE_CHAIRMAN);
        Map<String, Object> variables = engine.call(() -> runtimeService.getVariables(instance.getId()));
        if (!approver && !currentUser.isAdmin() && !currentUser.id().equals(variables.get("referrerId"))) {
            throw forbidden("case.draft.forbidden", caseKey);
        }
        Signer signer = Signer.of(currentUser::hasRole);
        String signerName = approver ? accounts.displayName(currentUser.id()) : accounts.chairmanName(instance.getTenantId());
        DecisionContent content = instance.getProcessDefinitionId().startsWith(WITHDRAWAL + ":")
                ? texts.withdrawal(variables, VietnameseDates.today(clock), signer, signerName)
                : texts.admission(variables, Boolean.TRUE.equals(variables.get("teamIsFull")), VietnameseDates.today(clock),
                        signer, signerName);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"du-thao-" + caseKey + ".pdf\"")
                .body(documents.draft(content));
    }

    /** The referring leader takes back a referral the Chairman has not decided yet. */
    @PostMapping("/withdrawal")
    @Transactional
    ResponseEntity<Map<String, String>> withdrawReferral(@PathVariable String caseKey) {
        ProcessInstance instance = openCase(caseKey, REGISTRATION);
        Object referrer = engine.call(() -> runtimeService.getVariable(instance.getId(), "referrerId"));
        if (!currentUser.isAdmin() && !currentUser.id().equals(referrer)) {
            throw forbidden("referral.withdraw.notReferrer", caseKey);
        }
        engine.call(() -> runtimeService.createMessageCorrelation(REFERRAL_WITHDRAWN)
                .processInstanceId(instance.getId()).correlateWithResult());
        return ResponseEntity.ok(Map.of("caseKey", caseKey, "status", "withdrawn"));
    }

    /**
     * A running case of the caller's commune, or 404: another commune's cases do not exist for them.
     * Case numbers are unique within a commune, so the caller's communes pick the one they mean.
     */
    private ProcessInstance openCase(String caseKey, String... processKeys) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseKey).processDefinitionKeyIn(processKeys);
        if (!currentUser.isAdmin()) {
            query.tenantIdIn(currentUser.communes().toArray(String[]::new));
        }
        List<ProcessInstance> found = engine.call(query::list);
        if (found.size() != 1) {
            throw notFound("case.notFound", caseKey);
        }
        return found.get(0);
    }
}
