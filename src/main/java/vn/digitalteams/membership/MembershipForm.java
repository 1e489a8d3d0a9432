package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;
import vn.digitalteams.team.Gender;

/** The membership forms' fields (labels under {@code field.*}); a name is at most 100 characters, a reason 1,000. */
final class MembershipForm extends FormValues {

    MembershipForm(VariableScope variables) {
        super(variables, "field.", 100, 1000);
    }

    Gender gender(String name) {
        String value = required(name);
        try {
            return Gender.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw invalid("form.gender");
        }
    }
}
