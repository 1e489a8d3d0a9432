package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.Messages;

/**
 * Reads what the scam forms (or an engine REST call) submitted, refusing in Vietnamese what is
 * missing, too long or malformed, naming the field as the form labels it.
 */
final class ScamForm {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 2000;

    private final VariableScope variables;

    ScamForm(VariableScope variables) {
        this.variables = variables;
    }

    String optional(String name) {
        return text(name, MAX_LINE);
    }

    String required(String name) {
        return require(name, optional(name));
    }

    String optionalText(String name) {
        return text(name, MAX_TEXT);
    }

    String requiredText(String name) {
        return require(name, optionalText(name));
    }

    /** One of the allowed codes; anything else is refused with the message under {@code unknownKey}. */
    String code(String name, List<String> allowed, String unknownKey) {
        String value = required(name);
        if (!allowed.contains(value)) {
            throw invalid(unknownKey, value);
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
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid("form.date", label(name));
        }
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

    boolean flag(String name) {
        Object value = variables.getVariable(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    private String require(String name, String value) {
        if (value == null) {
            throw invalid("form.required", label(name));
        }
        return value;
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

    static String label(String name) {
        return Messages.get("scam.field." + name);
    }
}
