package vn.digitalteams.membership;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.ChairmanDecided;

/**
 * Records the Chairman's (or vice-chairman's) decision on a membership case, published by the approval
 * tasks' complete listener ({@code chairmanDecision}) inside the completion's transaction: who decided,
 * how they sign and why. A refusal closes the case here; an approval is carried out by
 * {@link AdmitMember} or {@link WithdrawMember} right after, in the same transaction.
 */
@Component
class MembershipDecisions {

    private final MembershipCases cases;
    private final Clock clock;

    MembershipDecisions(MembershipCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    void record(ChairmanDecided decision) {
        switch (decision.processKey()) {
            case MembershipCases.REGISTRATION ->
                    cases.registration(decision.communeCode(), decision.caseKey()).decide(decision, clock.instant());
            case MembershipCases.WITHDRAWAL ->
                    cases.withdrawal(decision.communeCode(), decision.caseKey()).decide(decision, clock.instant());
            default -> {
                // another module's case: it records its own decisions
            }
        }
    }
}
