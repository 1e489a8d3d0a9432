package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.forbidden;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DocumentContent;
import vn.digitalteams.documents.DraftSource;
import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The draft decision of a joining or leaving case awaiting the Chairman, as the approval forms link to
 * it ({@code /api/documents/drafts/{caseKey}}). Read by the commune's Chairman and vice-chairman, signed
 * in their own name as they would sign it; by the leader who opened the case, and by admins, in the
 * commune Chairman's name; by nobody else (403 {@code case.draft.forbidden}).
 */
@Component
class MembershipDrafts implements DraftSource {

    private final RegistrationCaseRepository registrations;
    private final WithdrawalCaseRepository withdrawals;
    private final DecisionTexts texts;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Clock clock;

    MembershipDrafts(RegistrationCaseRepository registrations, WithdrawalCaseRepository withdrawals,
                     DecisionTexts texts, CurrentUser currentUser, UserAccounts accounts, Clock clock) {
        this.registrations = registrations;
        this.withdrawals = withdrawals;
        this.texts = texts;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<DocumentContent> draftOf(String communeCode, String caseKey) {
        LocalDate today = VietnameseDates.today(clock);
        Optional<DocumentContent> admission = registrations.findByCommuneCodeAndCaseKey(communeCode, caseKey)
                .filter(MembershipCase::isAwaitingApproval)
                .map(record -> {
                    Signature signature = signatureFor(record);
                    return texts.admission(record, record.teamIsFull(), today, signature.signer(), signature.name());
                });
        return admission.or(() -> withdrawals.findByCommuneCodeAndCaseKey(communeCode, caseKey)
                .filter(MembershipCase::isAwaitingApproval)
                .map(record -> {
                    Signature signature = signatureFor(record);
                    return texts.withdrawal(record, today, signature.signer(), signature.name());
                }));
    }

    /** How the draft is signed for this reader; refuses a reader who is neither approver, referrer nor admin. */
    private Signature signatureFor(MembershipCase record) {
        boolean approver = currentUser.communes().contains(record.communeCode())
                && (currentUser.hasRole(Role.CHAIRMAN) || currentUser.hasRole(Role.VICE_CHAIRMAN));
        if (approver) {
            return new Signature(Signer.of(currentUser::hasRole), accounts.displayName(currentUser.id()));
        }
        if (currentUser.isAdmin() || currentUser.id().equals(record.referrerId())) {
            return new Signature(Signer.CHAIRMAN, accounts.chairmanName(record.communeCode()));
        }
        throw forbidden("case.draft.forbidden", record.caseKey());
    }

    private record Signature(Signer signer, String name) {
    }
}
