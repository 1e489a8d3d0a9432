package vn.digitalteams.shared;

import java.text.Normalizer;

/**
 * The one rule for free text people type (a name, a reason, a description, a report's texts), applied where
 * it comes in: Unicode NFC, so the same Vietnamese typed with precomposed letters or with combining marks is
 * one text (and one name for duplicate checks); control, zero-width and bidirectional-formatting characters
 * removed (a name of two zero-width spaces is no name, and a right-to-left override must not reorder what a
 * decision prints); other spaces made plain, runs of them collapsed, the whole trimmed. A multi-line text
 * keeps its line breaks, with at most one empty line between paragraphs.
 */
public final class TypedText {

    private TypedText() {
    }

    /** One line of text as stored; null when nothing is left. */
    public static String line(Object typed) {
        if (typed == null) {
            return null;
        }
        String text = clean(typed.toString(), false).replaceAll(" +", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** A text of paragraphs as stored: each line cleaned like {@link #line}, empty lines at most one in a row; null when nothing is left. */
    public static String paragraphs(Object typed) {
        if (typed == null) {
            return null;
        }
        String text = clean(typed.toString(), true).replaceAll(" +", " ").replaceAll(" ?\n ?", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : text;
    }

    /** Whether the text has a letter of any script (a name must). */
    public static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String clean(String raw, boolean keepLineBreaks) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028' || codePoint == '\u2029'
                    || codePoint == 0x0B || codePoint == 0x0C || codePoint == 0x85) {
                kept.append(keepLineBreaks && codePoint != '\r' ? '\n' : ' ');
                return;
            }
            switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                     Character.UNASSIGNED -> {
                    if (codePoint == '\t') {
                        kept.append(' ');
                    }
                }
                case Character.SPACE_SEPARATOR -> kept.append(' ');
                default -> kept.appendCodePoint(codePoint);
            }
        });
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }
}
