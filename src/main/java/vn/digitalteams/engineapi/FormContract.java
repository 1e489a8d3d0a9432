package vn.digitalteams.engineapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds a start or task submission to its form: each variable must be a field of the form, of the field's
 * declared type ({@link FormSchema.Kind}), no longer than its {@code maxLength}, one of its choices, and
 * a plain value (no Java-serialized object, file or JSON; a checklist's or taglist's list of strings is the
 * one structured value, as JSON). What passes becomes typed, transient variables:
 * the listeners of that start or completion write it into the case record, and it is gone when the
 * transaction ends, so no process variable ever holds what a user typed.
 */
final class FormContract {

    /** What engine REST accepts for one variable; value info only to say "transient", which it is anyway. */
    private static final Set<String> VARIABLE_KEYS = Set.of("value", "type", "valueInfo");
    private static final Set<String> PLAIN_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Double",
            "Null");
    /** The type Tasklist gives a checklist's or taglist's value, which it sends as the JSON text of the list. */
    private static final String JSON_TYPE = "Json";
    /** "2026-11-30" (the date picker) or "30/11/2026", "1/2/2026" (typed); whether the day exists is the listener's. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormContract() {
    }

    /**
     * The submission's {@code variables} checked against the form, as typed transient variables.
     *
     * @param variables the JSON object {@code {"name": {"value": ..., "type": ..., "valueInfo": ...}}}, or null
     * @throws Refusal 400 naming the first field (by its form label) that breaks the contract
     */
    static VariableMap check(FormSchema form, JsonNode variables) {
        VariableMap checked = Variables.createVariables();
        if (variables == null || variables.isNull()) {
            return checked;
        }
        if (!variables.isObject()) {
            throw Refusal.invalid("form.body.invalid");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            FormSchema.Field field = form.field(variable.getKey())
                    .orElseThrow(() -> Refusal.invalid("form.field.unknown", variable.getKey()));
            checked.putValueTyped(field.key(), typed(field, variable.getValue()));
        }
        return checked;
    }

    private static TypedValue typed(FormSchema.Field field, JsonNode variable) {
        if (!variable.isObject()) {
            throw Refusal.invalid("form.field.value.invalid", field.label());
        }
        variable.fieldNames().forEachRemaining(key -> {
            if (!VARIABLE_KEYS.contains(key)) {
                throw Refusal.invalid("form.field.value.invalid", field.label());
            }
        });
        String declared = variable.path("type").asText("");
        JsonNode valueInfo = variable.path("valueInfo");
        boolean onlyTransient = valueInfo.isMissingNode() || valueInfo.isNull()
                || (valueInfo.isObject() && (valueInfo.size() == 0 || (valueInfo.size() == 1 && valueInfo.has("transient"))));
        boolean listAsJson = field.kind() == FormSchema.Kind.LIST && JSON_TYPE.equals(declared);
        if ((!declared.isEmpty() && !PLAIN_TYPES.contains(declared) && !listAsJson) || !onlyTransient) {
            throw Refusal.invalid("form.field.value.invalid", field.label());
        }
        JsonNode value = variable.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return Variables.untypedNullValue(true);
        }
        return switch (field.kind()) {
            case TEXT -> text(field, value);
            case DATE -> day(field, value);
            case NUMBER -> number(field, value);
            case BOOLEAN -> bool(field, value);
            case CHOICE -> choice(field, value);
            case LIST -> list(field, value);
            case OTHER -> throw Refusal.invalid("form.field.value.invalid", field.label());
        };
    }

    private static TypedValue text(FormSchema.Field field, JsonNode value) {
        if (!value.isTextual()) {
            throw Refusal.invalid("form.field.type.text", field.label());
        }
        String text = value.asText();
        if (field.maxLength() > 0 && text.codePointCount(0, text.length()) > field.maxLength()) {
            throw Refusal.invalid("form.tooLong", field.label(), field.maxLength());
        }
        return Variables.stringValue(text, true);
    }

    /** A day as the date picker sends it or as typed: an instant or a time of day is no day, whatever its zone. */
    private static TypedValue day(FormSchema.Field field, JsonNode value) {
        if (!value.isTextual() || !DAY.matcher(value.asText()).matches()) {
            throw Refusal.invalid("form.field.type.day", field.label());
        }
        return Variables.stringValue(value.asText(), true);
    }

    private static TypedValue number(FormSchema.Field field, JsonNode value) {
        if (!value.isNumber()) {
            throw Refusal.invalid("form.field.type.number", field.label());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Variables.longValue(value.asLong(), true);
        }
        if (field.whole() || !value.isFloatingPointNumber()) {
            throw Refusal.invalid("form.field.type.whole", field.label());
        }
        return Variables.doubleValue(value.asDouble(), true);
    }

    private static TypedValue bool(FormSchema.Field field, JsonNode value) {
        if (!value.isBoolean()) {
            throw Refusal.invalid("form.field.type.boolean", field.label());
        }
        return Variables.booleanValue(value.asBoolean(), true);
    }

    /** A radio or select: one of its values, as text; a yes/no choice (values "true", "false") may come as a boolean. */
    private static TypedValue choice(FormSchema.Field field, JsonNode value) {
        boolean yesNo = value.isBoolean() && field.choices().contains("true") && field.choices().contains("false");
        if (!(value.isTextual() || yesNo) || !field.choices().contains(value.asText())) {
            throw Refusal.invalid("form.field.choice", field.label(), value.isValueNode() ? value.asText() : "");
        }
        return value.isBoolean() ? Variables.booleanValue(value.asBoolean(), true) : Variables.stringValue(value.asText(), true);
    }

    /**
     * A checklist or taglist: a JSON array of strings, or the JSON text of one (Tasklist sends it so, typed
     * "Json"); each string one of the component's values when it lists them. Passed on as a transient
     * {@code List<String>}: options the task supplies itself are checked by the listener that reads them.
     */
    private static TypedValue list(FormSchema.Field field, JsonNode value) {
        JsonNode items = value.isTextual() ? parsed(value.asText()) : value;
        if (items == null || !items.isArray()) {
            throw Refusal.invalid("form.field.type.list", field.label());
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual()) {
                throw Refusal.invalid("form.field.type.list", field.label());
            }
            if (!field.choices().isEmpty() && !field.choices().contains(item.asText())) {
                throw Refusal.invalid("form.field.choice", field.label(), item.asText());
            }
            strings.add(item.asText());
        }
        return Variables.objectValue(List.copyOf(strings), true).create();
    }

    private static JsonNode parsed(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
