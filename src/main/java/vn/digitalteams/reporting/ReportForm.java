package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;

/** The reporting forms' fields (labels under {@code report.field.*}); a text is at most 2,000 characters. */
class ReportForm extends FormValues {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 2000;

    ReportForm(VariableScope variables) {
        super(variables, "report.field.", MAX_LINE, MAX_TEXT);
    }
}
