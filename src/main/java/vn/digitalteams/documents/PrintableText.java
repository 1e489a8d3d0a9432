package vn.digitalteams.documents;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Whether a text can be printed in a commune document, asked of the same fonts and the same PDFBox call
 * ({@code encode}) the renderer uses, so that a text accepted at intake can never make a draft or an
 * approval fail later ("Không thể in …"): every module that will print what a user typed (a name, an
 * occupation, a report's texts) checks it when it comes in.
 */
@Component
public class PrintableText {

    private final List<PDType0Font> faces;
    /** Kept open for the fonts' lifetime; the fonts are loaded whole (no subsetting), so encoding only reads. */
    private final PDDocument holder = new PDDocument();

    PrintableText(DocumentFonts fonts) {
        try {
            DocumentFonts.Faces loaded = fonts.loadWholeInto(holder);
            this.faces = List.of(loaded.regular(), loaded.bold(), loaded.italic(), loaded.boldItalic());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first character of the text that a document's fonts have no glyph for, if any ("😀"). */
    public synchronized Optional<String> firstUnprintable(String text) {
        return text.codePoints().mapToObj(Character::toString)
                .filter(character -> !character.isBlank() && faces.stream().anyMatch(face -> !encodes(face, character)))
                .findFirst();
    }

    /**
     * Refuses, naming the field, a text with a character no document could print.
     *
     * @param label the field as its form labels it, "Họ và tên"
     */
    public void require(String label, String text) {
        if (text != null) {
            firstUnprintable(text).ifPresent(character -> {
                throw invalid("form.text.unprintable", label, character);
            });
        }
    }

    private static boolean encodes(PDType0Font face, String character) {
        try {
            face.encode(character);
            return true;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
