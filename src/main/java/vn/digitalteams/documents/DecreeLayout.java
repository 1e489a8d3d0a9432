package vn.digitalteams.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.shared.Messages;

/**
 * What makes a PDF a commune document (Decree 30/2020/NĐ-CP, Appendix I) whatever it says: A4 pages
 * with the decree's margins and fonts, page numbers from page 2, the document's metadata and, on a
 * draft, "DỰ THẢO" on every page. The parts drawn on the page that every kind shares (header, title,
 * recipients and signature) are {@link DecreePages}'; {@link DecisionPdf} and {@link ReportPdf} add
 * what is their own.
 */
@Component
class DecreeLayout {

    /** What one kind of document draws on its pages. */
    @FunctionalInterface
    interface Body {
        void write(DecreePages pages) throws IOException;
    }

    private final DocumentFonts fonts;

    DecreeLayout(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The document's bytes. {@code title} goes into the PDF's metadata; {@code what} names the
     * document in the error should rendering fail ("the decision of case TV-2026-0001").
     */
    byte[] render(String title, boolean draft, String what, Body body) {
        try (PDDocument pdf = new PDDocument()) {
            Faces faces = fonts.loadInto(pdf);
            describe(pdf, title);
            PageFlow.Background background = draft ? draftMark(faces) : (out, page) -> { };
            try (PageFlow page = new PageFlow(pdf, faces.regular(DecreePages.PAGE_NUMBER), background)) {
                body.write(new DecreePages(page, faces));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering " + what + " failed", e);
        }
    }

    /** "DỰ THẢO" boxed in the top margin and, faintly, across the page, so nobody takes it for the document. */
    private PageFlow.Background draftMark(Faces faces) {
        String mark = Messages.get("document.pdf.draft");
        TextStyle large = faces.bold(96);
        TextStyle label = faces.bold(DecreePages.CAPS);
        return (out, page) -> {
            out.saveGraphicsState();
            out.setNonStrokingColor(0.88f);
            out.beginText();
            out.setFont(large.font(), large.size());
            Matrix across = Matrix.getRotateInstance(Math.toRadians(50), page.getWidth() / 2, page.getHeight() / 2);
            across.translate(-large.width(mark) / 2, -large.size() / 3);
            out.setTextMatrix(across);
            out.showText(mark);
            out.endText();
            out.restoreGraphicsState();

            float width = label.width(mark) + 12;
            float height = label.size() + 8;
            float x = page.getWidth() - PageFlow.RIGHT - width;
            float y = page.getHeight() - PageFlow.TOP / 2 - height / 2;
            out.setLineWidth(1);
            out.addRect(x, y, width, height);
            out.stroke();
            out.beginText();
            out.setFont(label.font(), label.size());
            out.newLineAtOffset(x + 6, y + 4 + label.size() * 0.22f);
            out.showText(mark);
            out.endText();
        };
    }

    private static void describe(PDDocument pdf, String title) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("digital-teams");
        pdf.getDocumentCatalog().setLanguage("vi");
    }
}
