package vn.digitalteams.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A leader's withdrawal proposal as the start form (forms/withdrawal-request.form) or an engine REST
 * call submitted it: the member by citizen id in the leader's team (which may be left out, as in a
 * referral), the day they asked, why, and a successor when a leader or deputy leaves.
 */
record WithdrawalForm(String teamCode, String citizenId, LocalDate requestDate, String reason,
                      String successorCitizenId) {

    static final String TEAM_CODE = "teamCode";
    static final String CITIZEN_ID = "citizenId";
    static final String REQUEST_DATE = "requestDate";
    static final String REASON = "reason";
    static final String SUCCESSOR_CITIZEN_ID = "successorCitizenId";
    /** Every field the form declares. */
    static final List<String> FIELDS = List.of(TEAM_CODE, CITIZEN_ID, REQUEST_DATE, REASON, SUCCESSOR_CITIZEN_ID);

    /** Reads and checks the submitted fields; refuses in Vietnamese, naming the field. */
    static WithdrawalForm of(MembershipForm form) {
        return new WithdrawalForm(form.optional(TEAM_CODE), form.required(CITIZEN_ID), form.requiredDate(REQUEST_DATE),
                form.requiredText(REASON), form.optional(SUCCESSOR_CITIZEN_ID));
    }
}
