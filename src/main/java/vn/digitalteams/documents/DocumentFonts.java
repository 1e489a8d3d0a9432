package vn.digitalteams.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Liberation Serif: the decree asks for Times New Roman, whose metrics it shares, and it has every
 * Vietnamese glyph. The files are read once; each document embeds the subset it uses as a Unicode
 * (Type 0) font, so text copied out of the PDF keeps its diacritics.
 */
@Component
class DocumentFonts {

    /** The four faces of one document. */
    record Faces(PDType0Font regular, PDType0Font bold, PDType0Font italic, PDType0Font boldItalic) {

        TextStyle regular(float size) {
            return new TextStyle(regular, size);
        }

        TextStyle bold(float size) {
            return new TextStyle(bold, size);
        }

        TextStyle italic(float size) {
            return new TextStyle(italic, size);
        }

        TextStyle boldItalic(float size) {
            return new TextStyle(boldItalic, size);
        }
    }

    private final byte[] regular = read("Regular");
    private final byte[] bold = read("Bold");
    private final byte[] italic = read("Italic");
    private final byte[] boldItalic = read("BoldItalic");

    Faces loadInto(PDDocument document) throws IOException {
        return new Faces(load(document, regular, true), load(document, bold, true), load(document, italic, true),
                load(document, boldItalic, true));
    }

    /** The four faces whole, not subset: for asking which characters they have ({@link PrintableText}). */
    Faces loadWholeInto(PDDocument document) throws IOException {
        return new Faces(load(document, regular, false), load(document, bold, false), load(document, italic, false),
                load(document, boldItalic, false));
    }

    private static PDType0Font load(PDDocument document, byte[] font, boolean subset) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(font), subset);
    }

    private static byte[] read(String face) {
        String path = "/liberation/LiberationSerif-" + face + ".ttf";
        try (InputStream in = DocumentFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " missing from the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
