package vn.digitalteams.documents;

/**
 * Who signs a commune decision: the Chairman on behalf of the committee ("TM. ỦY BAN NHÂN DÂN /
 * CHỦ TỊCH"), or a Vice-Chairman on behalf of the Chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
public enum Signer {
    CHAIRMAN, VICE_CHAIRMAN
}
