package vn.digitalteams.membership;

import java.time.Instant;

/**
 * A case as {@link CaseStarter} opens it, before its record is written.
 *
 * @param communeCode  the starting leader's commune, which is the instance's tenant
 * @param caseKey      the instance's business key, "TV-2026-0001" (unique within the commune)
 * @param approvalDue  the Chairman's deadline: five working days ({@link ApprovalDeadline})
 * @param referrerId   the leader's user id, who is told the outcome
 * @param referrerName the leader's name as people read it
 */
record OpenedCase(String communeCode, String caseKey, Instant openedAt, Instant approvalDue, String referrerId,
                  String referrerName) {
}
