package vn.digitalteams.membership;

import java.util.function.Predicate;

import vn.digitalteams.documents.Signer;
import vn.digitalteams.identity.Role;

/** Who signs how: a Vice-Chairman who is not also Chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
final class ApproverTitle {

    private ApproverTitle() {
    }

    static Signer of(Predicate<Role> hasRole) {
        return hasRole.test(Role.VICE_CHAIRMAN) && !hasRole.test(Role.CHAIRMAN) ? Signer.VICE_CHAIRMAN : Signer.CHAIRMAN;
    }
}
