package vn.digitalteams.documents;

/**
 * In whose name a commune document is issued, which decides how it is signed (Decree 30/2020/NĐ-CP,
 * Appendix I, "quyền hạn, chức vụ của người ký"): "TM." (on behalf of) is written only above the
 * signature of an act of a collective body; the Chairman's own acts carry no "TM.". See
 * {@link Signer#signsAs}.
 */
enum Authority {
    /**
     * The Chairman in his own name: the decision's authority line reads "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"
     * (the plan gives establishing teams and approving joining and leaving to the Chairman).
     */
    CHAIRMAN,
    /** The People's Committee as a collective body: its reports and plans, signed "TM. ỦY BAN NHÂN DÂN". */
    COMMITTEE
}
