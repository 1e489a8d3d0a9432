package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;

/** The scam forms' fields (labels under {@code scam.field.*}); a line is at most 200 characters, a text 2,000. */
final class ScamForm extends FormValues {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 2000;

    ScamForm(VariableScope variables) {
        super(variables, "scam.field.", MAX_LINE, MAX_TEXT);
    }

    /** A whole number of dong, at least zero; absent means nothing was lost. */
    long amount(String name) {
        Object value = variables.getVariable(name);
        long amount;
        if (value == null || value.toString().isBlank()) {
            return 0;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            amount = ((Number) value).longValue();
        } else if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            amount = number.longValue();
        } else {
            try {
                amount = Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                throw invalid("scam.amount.invalid");
            }
        }
        if (amount < 0) {
            throw invalid("scam.amount.invalid");
        }
        return amount;
    }
}
