package vn.digitalteams.documents;

/**
 * The Chairman (or a vice-chairman) decided on a case's draft: published by {@link ChairmanDecision}
 * while the task completes, so the module that owns the case records it in the same transaction.
 *
 * @param processKey   the process of the case, "membership-registration"; a module handles its own only
 * @param communeCode  the instance's tenant
 * @param caseKey      the case's business key
 * @param approved     approved for issue; otherwise refused or sent back, with a {@code note}
 * @param note         the decision note as typed (trimmed), or null; required when not approved
 * @param approverId   who decided, "chutich"
 * @param approverName as documents print it, "Lương Văn Hùng"
 * @param signer       how they sign: as Chairman or "KT. CHỦ TỊCH"
 */
public record ChairmanDecided(String processKey, String communeCode, String caseKey, boolean approved, String note,
                              String approverId, String approverName, Signer signer) {
}
