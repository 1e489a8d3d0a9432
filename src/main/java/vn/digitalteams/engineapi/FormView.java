package vn.digitalteams.engineapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data one Camunda Form is shown with: read-only values its text components name, and its inputs'
 * current values. Built by the module that owns the case from its records.
 *
 * <p>A form's text component renders Markdown and some HTML, and a value put into it through
 * {@code {{name}}} is rendered too: "[Xem dự thảo](https://evil.example)" typed as a name would become a
 * live link. So {@link #text} writes every string so that it shows exactly as typed; inputs
 * ({@link #field}) show values as they are.
 */
public final class FormView {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static FormView of() {
        return new FormView();
    }

    /**
     * A value the form's text shows: a string is escaped ({@link #escape}), a number or boolean (which
     * may also drive a conditional, {@code hide: =not(teamIsFull)}) is kept; null shows nothing.
     */
    public FormView text(String name, Object value) {
        values.put(name, value instanceof String string ? escape(string) : value);
        return this;
    }

    /**
     * Markdown the module built itself, such as a table of villages; whatever users typed in it must
     * already be {@link #escape escaped}.
     */
    public FormView markdown(String name, String markdown) {
        values.put(name, markdown);
        return this;
    }

    /** An input's current value, as the user will edit it: a string, a number or a boolean. */
    public FormView field(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The values by name, in the order they were added. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * Text that shows as typed inside Markdown: HTML's {@code & < >} as entities, every other ASCII
     * punctuation backslash-escaped (CommonMark lets any of it be escaped), line breaks kept as line
     * breaks. Letters, digits and Vietnamese diacritics are untouched.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\r' -> { }
                case '\n' -> escaped.append("  \n");
                default -> {
                    if (c < 128 && isPunctuation(c)) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
