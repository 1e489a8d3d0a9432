package vn.digitalteams.shared;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda form or an engine REST call submitted, refusing in Vietnamese what is missing,
 * too long or malformed, and naming the field as the form labels it ({@code <labelPrefix><name>} in
 * messages_vi.properties). Each feature extends it with the fields only it has.
 */
public class FormValues {

    protected final VariableScope variables;
    private final String labelPrefix;
    private final int maxLine;
    private final int maxText;

    protected FormValues(VariableScope variables, String labelPrefix, int maxLine, int maxText) {
        this.variables = variables;
        this.labelPrefix = labelPrefix;
        this.maxLine = maxLine;
        this.maxText = maxText;
    }

    /** A one-line value as {@link TypedText#line} keeps it, or null when absent or blank. */
    public String optional(String name) {
        return text(name, maxLine, TypedText.line(variables.getVariable(name)));
    }

    public String required(String name) {
        return require(name, optional(name));
    }

    /** A free text (a reason, a description) as {@link TypedText#paragraphs} keeps it, or null when absent or blank. */
    public String optionalText(String name) {
        return text(name, maxText, TypedText.paragraphs(variables.getVariable(name)));
    }

    public String requiredText(String name) {
        return require(name, optionalText(name));
    }

    /** One of the allowed codes; anything else is refused with the message under {@code unknownKey}. */
    public String code(String name, List<String> allowed, String unknownKey) {
        String value = required(name);
        if (!allowed.contains(value)) {
            throw invalid(unknownKey, value);
        }
        return value;
    }

    /** A date as {@link VietnameseDates#parseDay} reads it: typed dd/MM/yyyy, ISO, or an instant read in Vietnam's zone. */
    public LocalDate requiredDate(String name) {
        Object value = variables.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(VietnameseDates.ZONE).toLocalDate();
        }
        String text = required(name);
        try {
            return VietnameseDates.parseDay(text);
        } catch (DateTimeException e) {
            throw invalid("form.date", label(name));
        }
    }

    /**
     * A whole number from 0 to {@code max}, or 0 when absent or blank: a form sends a number, a REST client
     * may send it as text.
     */
    public long wholeNumber(String name, long max) {
        Object value = variables.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return 0;
        }
        long number;
        if (value instanceof Number given && given.doubleValue() == Math.rint(given.doubleValue())) {
            number = given.longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                number = -1;
            }
        }
        if (number < 0 || number > max) {
            throw invalid("form.wholeNumber", label(name), max);
        }
        return number;
    }

    /** A record id given by a REST client (a number, or its text), or null when absent. */
    public Long optionalId(String name) {
        String value = optional(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw invalid("form.number", label(name));
        }
    }

    public boolean flag(String name) {
        Object value = variables.getVariable(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    public String label(String name) {
        return Messages.get(labelPrefix + name);
    }

    private String require(String name, String value) {
        if (value == null) {
            throw invalid("form.required", label(name));
        }
        return value;
    }

    private String text(String name, int maxLength, String text) {
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            throw invalid("form.tooLong", label(name), maxLength);
        }
        return text;
    }
}
