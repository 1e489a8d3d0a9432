package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Decree 30/2020, Appendix I ("quyền hạn, chức vụ của người ký"): "TM." only above an act of the
 * committee as a body, "KT." when the vice-chairman signs for the Chairman.
 */
class SignerTest {

    @Test
    void theChairmansOwnActIsSignedWithoutTM() {
        assertThat(Signer.CHAIRMAN.signsAs(Authority.CHAIRMAN)).containsExactly("CHỦ TỊCH");
        assertThat(Signer.VICE_CHAIRMAN.signsAs(Authority.CHAIRMAN)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void theCommitteesActIsSignedOnBehalfOfTheCommittee() {
        assertThat(Signer.CHAIRMAN.signsAs(Authority.COMMITTEE)).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(Signer.VICE_CHAIRMAN.signsAs(Authority.COMMITTEE))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void decisionsAreTheChairmansActsAndReportsTheCommittees() {
        assertThat(DocumentType.ADMISSION_DECISION.authority()).isEqualTo(Authority.CHAIRMAN);
        assertThat(DocumentType.WITHDRAWAL_DECISION.authority()).isEqualTo(Authority.CHAIRMAN);
        assertThat(DocumentType.PERIODIC_REPORT.authority()).isEqualTo(Authority.COMMITTEE);
    }
}
