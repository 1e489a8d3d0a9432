package vn.digitalteams.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF page in the order they were drawn, each with where it sits across the page (in
 * points): what tests need to read a block as the reader sees it and check what is centred on what.
 */
final class PdfLines extends PDFTextStripper {

    /** A line's text and its left and right edges. */
    record Line(String text, float left, float right) {

        float centre() {
            return (left + right) / 2;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;

    private PdfLines() {
    }

    /** The lines of one page (1-based), in drawing order. */
    static List<Line> of(PDDocument document, int page) throws IOException {
        PdfLines stripper = new PdfLines();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        stripper.endLine();
        return stripper.lines;
    }

    /**
     * The signature block of the document's last page: the lines drawn after the last recipient
     * ("- Lưu: VT.", which the recipients' list always ends with), down to the signer's name.
     */
    static List<Line> signatureBlock(PDDocument document) throws IOException {
        List<Line> page = of(document, document.getNumberOfPages());
        int archive = page.stream().map(Line::text).toList().lastIndexOf("- Lưu: VT.");
        if (archive < 0) {
            throw new AssertionError("No \"- Lưu: VT.\" on the last page: " + page);
        }
        return page.subList(archive + 1, page.size());
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        text.append(string);
        for (TextPosition position : positions) {
            left = Math.min(left, position.getXDirAdj());
            right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!text.toString().isBlank()) {
            lines.add(new Line(text.toString().strip(), left, right));
        }
        text.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
    }
}
