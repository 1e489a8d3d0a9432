package vn.digitalteams.engineapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deployed Camunda Form (form-js JSON) as an input contract: the fields a user may submit, each with the
 * type its component declares and its maximum length. Read from the {@code .form} file itself, so a new
 * field needs no Java change.
 */
record FormSchema(Map<String, Field> fields) {

    /** What a component accepts, by form-js type. */
    enum Kind {
        /** textfield, textarea: a string. */
        TEXT,
        /** number: a JSON number, whole when {@code decimalDigits} is 0. */
        NUMBER,
        /** checkbox: true or false. */
        BOOLEAN,
        /** radio, select: one of the component's values. */
        CHOICE,
        /**
         * checklist, taglist: a list of strings, each one of the component's values when it lists them; options
         * a task supplies itself ({@code valuesKey}, {@code valuesExpression}) are the listener's to check.
         */
        LIST,
        /**
         * datetime of subtype date: the day as text, "2026-11-30" as the date picker sends it or "30/11/2026" as
         * people type it; the listener reads and checks the day.
         */
        DATE,
        /** Anything else with a key (a datetime with a time, ...): nothing but null is accepted. */
        OTHER
    }

    /**
     * One input: its key (the variable it sets), label (for messages), kind, and limits; {@code maxLength}
     * 0 when the form sets none; {@code choices} the values of a radio, select, checklist or taglist (none when
     * the options come from the task's data).
     */
    record Field(String key, String label, Kind kind, int maxLength, boolean whole, List<String> choices) {
    }

    static final FormSchema NONE = new FormSchema(Map.of());

    static FormSchema parse(InputStream json, ObjectMapper objectMapper) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(objectMapper.readTree(json).path("components"), fields);
        return new FormSchema(Map.copyOf(fields));
    }

    Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            String key = component.path("key").asText("");
            if (key.isEmpty()) {
                continue;
            }
            String type = component.path("type").asText("");
            Kind kind = switch (type) {
                case "textfield", "textarea" -> Kind.TEXT;
                case "datetime" -> "date".equals(component.path("subtype").asText()) ? Kind.DATE : Kind.OTHER;
                case "number" -> Kind.NUMBER;
                case "checkbox" -> Kind.BOOLEAN;
                case "radio", "select" -> Kind.CHOICE;
                case "checklist", "taglist" -> Kind.LIST;
                default -> Kind.OTHER;
            };
            List<String> choices = new ArrayList<>();
            component.path("values").forEach(value -> choices.add(value.path("value").asText()));
            // A date picker labels its date with dateLabel.
            String label = component.path("label").asText(component.path("dateLabel").asText(key));
            fields.put(key, new Field(key, label, kind,
                    component.path("validate").path("maxLength").asInt(0),
                    component.path("decimalDigits").isInt() && component.path("decimalDigits").asInt() == 0,
                    List.copyOf(choices)));
        }
    }
}
