package vn.digitalteams.scamreport;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;

/** The scam forms' fields (labels under {@code scam.field.*}); a line is at most 200 characters, a text 2,000. */
final class ScamForm extends FormValues {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 2000;

    ScamForm(VariableScope variables) {
        super(variables, "scam.field.", MAX_LINE, MAX_TEXT);
    }
}
