package vn.digitalteams.documents;

import java.util.function.Predicate;

import vn.digitalteams.identity.Role;

/**
 * Who signs a commune document: the Chairman on behalf of the committee ("TM. ỦY BAN NHÂN DÂN /
 * CHỦ TỊCH"), or a Vice-Chairman on behalf of the Chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
public enum Signer {
    CHAIRMAN, VICE_CHAIRMAN;

    /** How the person with these roles signs: a Vice-Chairman who is not also Chairman signs "KT. CHỦ TỊCH". */
    public static Signer of(Predicate<Role> hasRole) {
        return hasRole.test(Role.VICE_CHAIRMAN) && !hasRole.test(Role.CHAIRMAN) ? VICE_CHAIRMAN : CHAIRMAN;
    }
}
