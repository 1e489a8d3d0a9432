package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.Collection;

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

    /**
     * Removes the submitted fields once the case record holds them. Engine API's filter sends a form's
     * fields as transient variables, which end with the transaction anyway; a caller of the Java API
     * (tests, tools) sends persistent ones, which must not stay behind as a copy of the facts that anyone
     * allowed to write the instance's variables could change.
     */
    void consume(Collection<String> fields) {
        variables.removeVariables(fields);
    }
}
