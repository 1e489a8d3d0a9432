package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.team.Gender;

/**
 * Reads what a Camunda form or an engine REST call submitted, refusing in Vietnamese what is missing,
 * too long or malformed, naming the field as the form labels it.
 */
final class FormValues {

    static final int MAX_TEXT = 1000;
    private static final int MAX_LINE = 100;

    private final VariableScope variables;

    FormValues(VariableScope variables) {
        this.variables = variables;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw invalid("form.required", label(name));
        }
        return value;
    }

    String optional(String name) {
        return text(name, MAX_LINE);
    }

    String requiredText(String name) {
        String value = text(name, MAX_TEXT);
        if (value == null) {
            throw invalid("form.required", label(name));
        }
        return value;
    }

    LocalDate requiredDate(String name) {
        Object value = variables.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = required(name);
        try {
            // Camunda Forms' date picker submits yyyy-MM-dd; a datetime from REST keeps its date part.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid("form.date", label(name));
        }
    }

    /** A record id given by a REST client (a number, or its text), or null when absent. */
    Long optionalId(String name) {
        String value = optional(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw invalid("form.number", label(name));
        }
    }

    Gender gender(String name) {
        String value = required(name);
        try {
            return Gender.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw invalid("form.gender");
        }
    }

    boolean flag(String name) {
        Object value = variables.getVariable(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    private String text(String name, int maxLength) {
        Object value = variables.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw invalid("form.tooLong", label(name), maxLength);
        }
        return text;
    }

    private static String label(String name) {
        return Messages.get("field." + name);
    }
}
