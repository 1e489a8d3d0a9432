package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size: what every piece of text on a page is set in. */
record TextStyle(PDFont font, float size) {

    /** Single spacing of Times-like fonts, with room for Vietnamese stacked diacritics (Ễ, Ộ). */
    private static final float LINE_SPACING = 1.2f;
    /** From the top of a line to its baseline: the cap height plus the diacritics above it. */
    private static final float ASCENT = 0.95f;

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IllegalArgumentException noGlyph) {
            // PDFBox's way of saying the font has no glyph for a character (an emoji, say).
            throw invalid("document.text.unprintable", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float spaceWidth() {
        return width(" ");
    }

    float leading() {
        return size * LINE_SPACING;
    }

    float ascent() {
        return size * ASCENT;
    }
}
