package vn.digitalteams.membership;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.team.PersonDetails;

/**
 * A leader's referral as the start form (forms/membership-referral.form) or an engine REST call
 * submitted it. The team may be left out: a leader of one team refers into that team.
 */
record ReferralForm(String teamCode, PersonDetails person, String reason) {

    static final String TEAM_CODE = "teamCode";
    static final String FULL_NAME = "fullName";
    static final String BIRTH_DATE = "birthDate";
    static final String GENDER = "gender";
    static final String PHONE = "phone";
    static final String CITIZEN_ID = "citizenId";
    static final String VILLAGE_CODE = "villageCode";
    static final String OCCUPATION = "occupation";
    static final String IS_STUDENT = "isStudent";
    static final String REFERRAL_REASON = "referralReason";
    /** Every field the form declares. */
    static final List<String> FIELDS = List.of(TEAM_CODE, FULL_NAME, BIRTH_DATE, GENDER, PHONE, CITIZEN_ID,
            VILLAGE_CODE, OCCUPATION, IS_STUDENT, REFERRAL_REASON);

    /** Reads and checks the submitted fields; refuses in Vietnamese, naming the field. */
    static ReferralForm of(MembershipForm form) {
        PersonDetails person = new PersonDetails(form.required(FULL_NAME), form.requiredDate(BIRTH_DATE),
                form.gender(GENDER), form.optional(PHONE), form.required(CITIZEN_ID), form.required(VILLAGE_CODE),
                form.optional(OCCUPATION), form.flag(IS_STUDENT), null);
        return new ReferralForm(form.optional(TEAM_CODE), person, form.requiredText(REFERRAL_REASON));
    }
}
