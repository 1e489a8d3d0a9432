package vn.digitalteams.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.Messages;

/**
 * Who signs a commune document: the Chairman, or a vice-chairman for the Chairman ("KT. CHỦ TỊCH").
 * How the signature block reads also depends on whose act the document is ({@link #signsAs}).
 */
public enum Signer {
    CHAIRMAN, VICE_CHAIRMAN;

    /** How the person with these roles signs: a Vice-Chairman who is not also Chairman signs "KT. CHỦ TỊCH". */
    public static Signer of(Predicate<Role> hasRole) {
        return hasRole.test(Role.VICE_CHAIRMAN) && !hasRole.test(Role.CHAIRMAN) ? VICE_CHAIRMAN : CHAIRMAN;
    }

    /**
     * The lines of the signature block above the signature, top to bottom, as Decree 30/2020/NĐ-CP,
     * Appendix I ("quyền hạn, chức vụ của người ký") writes them:
     * <pre>
     *                      Chairman signs         vice-chairman signs
     * Chairman's own act   CHỦ TỊCH               KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
     * committee's act      TM. ỦY BAN NHÂN DÂN    TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH
     *                      / CHỦ TỊCH             / PHÓ CHỦ TỊCH
     * </pre>
     * "TM." (on behalf of) belongs to a collective body's act only; "KT." (signing for) to a deputy.
     */
    List<String> signsAs(Authority authority) {
        List<String> lines = new ArrayList<>();
        if (authority == Authority.COMMITTEE) {
            lines.add(Messages.get("document.pdf.signature.committee"));
        }
        if (this == VICE_CHAIRMAN) {
            lines.add(Messages.get("document.pdf.signature.forChairman"));
        }
        lines.add(Messages.get(this == CHAIRMAN ? "document.pdf.signature.chairman"
                : "document.pdf.signature.viceChairman"));
        return lines;
    }
}
