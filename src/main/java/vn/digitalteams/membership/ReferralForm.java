package vn.digitalteams.membership;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.team.PersonDetails;

/**
 * A leader's referral as the start form (or an engine REST call) submitted it. The team may be left
 * out: a leader of one team refers into that team.
 */
record ReferralForm(String teamCode, PersonDetails person, String reason) {

    static ReferralForm of(VariableScope variables) {
        MembershipForm form = new MembershipForm(variables);
        String teamCode = form.optional("teamCode");
        PersonDetails person = new PersonDetails(form.required("fullName"), form.requiredDate("birthDate"),
                form.gender("gender"), form.optional("phone"), form.required("citizenId"), form.required("villageCode"),
                form.optional("occupation"), form.flag("isStudent"), null);
        return new ReferralForm(teamCode, person, form.requiredText("referralReason"));
    }
}
