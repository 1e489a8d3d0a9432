package vn.digitalteams.documents;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 pages of one document with the decree's margins, and a cursor that moves down them: text
 * that does not fit goes on a new page, numbered from page 2 in the middle of the top margin.
 */
final class PageFlow implements Closeable {

    static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;

    /** Something drawn on every new page before its text, under it (a draft's watermark). */
    interface Background {
        void draw(PDPageContentStream out, PDRectangle page) throws IOException;
    }

    private final PDDocument document;
    private final TextStyle pageNumberStyle;
    private final Background background;
    private PDPageContentStream out;
    private int pages;
    private float y;

    PageFlow(PDDocument document, TextStyle pageNumberStyle, Background background) throws IOException {
        this.document = document;
        this.pageNumberStyle = pageNumberStyle;
        this.background = background;
        newPage();
    }

    float left() {
        return LEFT;
    }

    float width() {
        return A4.getWidth() - LEFT - RIGHT;
    }

    /** The cursor: the top of whatever comes next. */
    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Whether {@code height} still fits between the cursor and the bottom margin. */
    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void keep(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    /** Draws a block at the cursor line by line, breaking pages between lines. */
    void flow(TextBlock block, float x) throws IOException {
        for (int i = 0; i < block.lineCount(); i++) {
            keep(block.lineHeight(i));
            y = block.drawLine(out, i, x, y);
        }
    }

    /** Draws a block at the cursor in one piece (the caller has kept room for it) and moves below it. */
    void place(TextBlock block, float x) throws IOException {
        y = block.draw(out, x, y - block.ascent());
    }

    /**
     * Blocks side by side (the header's columns, "Nơi nhận" beside the signature), their first lines on
     * one baseline; the cursor moves below the longest.
     */
    void placeRow(TextBlock left, float leftX, TextBlock right, float rightX) throws IOException {
        float baseline = y - Math.max(left.ascent(), right.ascent());
        y = Math.min(left.draw(out, leftX, baseline), right.draw(out, rightX, baseline));
    }

    /**
     * Draws a block with its top at {@code top}, leaving the cursor where it is (the cells of a table
     * row, placed by the table).
     */
    void drawAt(TextBlock block, float x, float top) throws IOException {
        block.draw(out, x, top - block.ascent());
    }

    /** A 0.5 pt frame with its top left corner at ({@code x}, {@code top}): a table cell's borders. */
    void box(float x, float top, float width, float height) throws IOException {
        out.setLineWidth(0.5f);
        out.addRect(x, top - height, width, height);
        out.stroke();
    }

    /** A solid 0.5 pt line of {@code length}, centred on {@code centre}, at height {@code atY}. */
    void rule(float centre, float length, float atY) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(centre - length / 2, atY);
        out.lineTo(centre + length / 2, atY);
        out.stroke();
    }

    /** Goes on at the top of a new page (numbered from page 2). */
    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pages++;
        background.draw(out, A4);
        if (pages > 1) {
            String number = String.valueOf(pages);
            out.beginText();
            out.setFont(pageNumberStyle.font(), pageNumberStyle.size());
            out.newLineAtOffset(LEFT + (width() - pageNumberStyle.width(number)) / 2,
                    A4.getHeight() - TOP / 2 - pageNumberStyle.size() / 3);
            out.showText(number);
            out.endText();
        }
        y = A4.getHeight() - TOP;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
