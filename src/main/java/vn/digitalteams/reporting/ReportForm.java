package vn.digitalteams.reporting;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;

/** The reporting forms' fields (labels under {@code report.field.*}); a text is at most 2,000 characters. */
class ReportForm extends FormValues {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 2000;

    ReportForm(VariableScope variables) {
        super(variables, "report.field.", MAX_LINE, MAX_TEXT);
    }

    /**
     * Drops the form's fields from the instance once their values are in the record. Tasklist and engine
     * REST submit them transient, gone with the transaction anyway; a Java API caller submits them
     * persistent, into the instance's top scope, where the next village's report or the consolidation
     * (which has a field of the same name) would otherwise read them as its own.
     */
    void forget(Collection<String> fields) {
        variables.removeVariables(fields);
    }
}
