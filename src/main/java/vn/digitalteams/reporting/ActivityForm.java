package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.FormValues;

/**
 * The start form of activity-record (labels under {@code activity.field.*}), or the same fields sent
 * through engine REST. The detail has a field of its own per type: {@code publicService} (text),
 * {@code wallet} and {@code platform} (codes); the form has no other.
 */
final class ActivityForm extends FormValues {

    static final String LABELS = "activity.field.";

    ActivityForm(VariableScope variables) {
        super(variables, LABELS, ActivityRecorder.MAX_DETAIL, ActivityRecorder.MAX_NOTE);
    }

    ActivityEntry entry() {
        String type = optional("type");
        return new ActivityEntry(optional("teamCode"), optionalDate("date"), type, wholeNumber("count"),
                wholeNumber("vulnerableCount"), detail(type), optionalText("note"));
    }

    /** The detail field of the type, the others ignored (the form hides them but keeps what was typed). */
    private String detail(String type) {
        return ActivityType.ofCode(type == null ? "" : type).map(known -> switch (known) {
            case ONLINE_PUBLIC_SERVICE -> optional("publicService");
            case E_WALLET -> optional("wallet");
            case E_COMMERCE -> optional("platform");
            default -> null;
        }).orElse(null);
    }

    private LocalDate optionalDate(String name) {
        Object value = variables.getVariable(name);
        return value == null || value.toString().isBlank() ? null : requiredDate(name);
    }

    /** A whole number as the form's number field or a REST client sends it (Long, Integer, Double, text); null when absent. */
    Long wholeNumber(String name) {
        return wholeNumber(variables.getVariable(name), label(name));
    }

    static Long wholeNumber(Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return (long) d;
            }
            throw invalid("activity.number.whole", label);
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw invalid("activity.number.whole", label);
        }
    }
}
