package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * What a membership case needs beyond Tasklist: the referring leader's withdrawal of a referral still
 * awaiting approval. (The draft decision is served by documents' {@code /api/documents/drafts/{caseKey}},
 * from {@link MembershipDrafts}.)
 */
@RestController
@RequestMapping("/api/membership/cases/{caseKey}")
class MembershipCaseController {

    static final String REFERRAL_WITHDRAWN = "ReferralWithdrawn";

    private final RegistrationCaseRepository registrations;
    private final RuntimeService runtimeService;
    private final WithoutEngineAuthorization engine;
    private final CurrentUser currentUser;

    MembershipCaseController(RegistrationCaseRepository registrations, RuntimeService runtimeService,
                             WithoutEngineAuthorization engine, CurrentUser currentUser) {
        this.registrations = registrations;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.currentUser = currentUser;
    }

    /**
     * The referring leader (or an admin) takes back a referral the Chairman has not decided yet: the
     * record says WITHDRAWN and the instance ends, in one transaction. {@code {"caseKey": ..., "status":
     * "withdrawn"}}; 404 for a case that is not awaiting approval in the caller's commune, 403
     * {@code referral.withdraw.notReferrer} for anyone but the referrer.
     */
    @PostMapping("/withdrawal")
    @Transactional
    ResponseEntity<Map<String, String>> withdrawReferral(@PathVariable String caseKey) {
        RegistrationCase record = awaitingApproval(caseKey);
        if (!currentUser.isAdmin() && !currentUser.id().equals(record.referrerId())) {
            throw forbidden("referral.withdraw.notReferrer", caseKey);
        }
        record.withdraw();
        // The leader may not otherwise touch the Chairman's task; the check above is the finer rule.
        engine.call(() -> runtimeService.createMessageCorrelation(REFERRAL_WITHDRAWN)
                .processInstanceBusinessKey(caseKey).tenantId(record.communeCode())
                .correlateWithResult());
        return ResponseEntity.ok(Map.of("caseKey", caseKey, "status", "withdrawn"));
    }

    /**
     * The caller's referral awaiting approval, or 404: another commune's cases do not exist for them.
     * Case numbers are unique within a commune; an admin, of no commune, finds one only when exactly one
     * commune has it.
     */
    private RegistrationCase awaitingApproval(String caseKey) {
        List<RegistrationCase> found = currentUser.isAdmin() ? registrations.findByCaseKey(caseKey)
                : currentUser.communes().stream()
                        .map(commune -> registrations.findByCommuneCodeAndCaseKey(commune, caseKey))
                        .flatMap(Optional::stream).toList();
        List<RegistrationCase> awaiting = found.stream().filter(MembershipCase::isAwaitingApproval).toList();
        if (awaiting.size() != 1) {
            throw notFound("case.notFound", caseKey);
        }
        return awaiting.get(0);
    }
}
