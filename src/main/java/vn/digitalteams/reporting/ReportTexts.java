package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.PrintableText;

/**
 * The rules for the free texts of reports, checked when they are submitted, after {@link vn.digitalteams.shared.TypedText}
 * has cleaned them: a text given must say something, at least a short sentence ({@value #MIN_CHARACTERS}
 * characters and {@value #MIN_WORDS} words: "x", "..." or "không" is no difficulty, need or plan); and a
 * text the report prints must be printable with the document fonts ({@link PrintableText}), so that nothing
 * accepted can make the draft or the issue fail later.
 */
@Component
class ReportTexts {

    static final int MIN_CHARACTERS = 10;
    static final int MIN_WORDS = 2;

    private final PrintableText printable;

    ReportTexts(PrintableText printable) {
        this.printable = printable;
    }

    /**
     * A text the report prints (a village's difficulties, the commune's assessment), as given.
     *
     * @param label    the field as its form labels it, for the refusal
     * @param text     the cleaned text, or null when none was given (then null)
     * @param required whether the field must be filled (the refusal then does not offer leaving it empty)
     * @throws vn.digitalteams.shared.UserFacingException invalid when too short or not printable
     */
    String printed(String label, String text, boolean required) {
        printable.require(label, meaningful(label, text, required));
        return text;
    }

    /** A text only forms show (an explanation, a return comment): null, or at least a short sentence; see {@link #printed}. */
    String meaningful(String label, String text, boolean required) {
        if (text != null && (text.codePointCount(0, text.length()) < MIN_CHARACTERS || words(text) < MIN_WORDS)) {
            throw invalid(required ? "report.text.tooShort.required" : "report.text.tooShort", label,
                    MIN_CHARACTERS, MIN_WORDS);
        }
        return text;
    }

    /** Words are what spaces separate and have a letter or a digit: "...", "-" or "?" is none. */
    private static long words(String text) {
        return Arrays.stream(text.split("\\s+"))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }
}
