package vn.digitalteams.documents;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.documents.TextBlock.Run;

/**
 * A report's table on the pages: its title centred above it, a bordered grid across the text width,
 * headers bold and wrapped, whole numbers right-aligned, the totals row bold. Of the column widths
 * that let the headers take one, two, ... lines, the table takes those that make it shortest, so a
 * table of about ten columns fits A4 portrait at 10 pt with neither a towering header row nor names
 * broken over three lines. A row is never split: a row that does not fit goes on the next page, under
 * the header row again.
 */
final class PdfTable {

    /** The decree's tables are smaller than its body text; wide ones smaller still. */
    private static final float SIZE = 11;
    private static final float SIZE_WIDE = 10;
    /** Up to this many columns a table is set at {@link #SIZE}, wider ones at {@link #SIZE_WIDE}. */
    private static final int ROOMY_COLUMNS = 7;
    /** The tallest header row tried: past this, a table looks like its header whatever its rows save. */
    private static final int MAX_HEADER_LINES = 8;
    private static final float TITLE_SIZE = 13;
    private static final float TITLE_SPACE = 4;
    /** Between a cell's border and its text. */
    private static final float PAD_X = 3;
    private static final float PAD_Y = 2;

    private final ReportTable table;
    private final TextStyle regular;
    private final TextStyle bold;
    private final TextStyle titleStyle;
    private final Layout layout;

    /** One row, set: its cells' text blocks and its height with the padding. */
    private record Row(List<TextBlock> cells, float height, boolean centred) {
    }

    /** The table set in columns of these widths. */
    private record Layout(float[] widths, Row header, List<Row> rows) {

        float height() {
            return header.height() + (float) rows.stream().mapToDouble(Row::height).sum();
        }
    }

    private PdfTable(ReportTable table, Faces faces, float width, TextStyle titleStyle) {
        this.table = table;
        this.titleStyle = titleStyle;
        float size = table.headers().size() > ROOMY_COLUMNS ? SIZE_WIDE : SIZE;
        this.regular = faces.regular(size);
        this.bold = faces.bold(size);
        this.layout = shortest(width);
    }

    /** Of the layouts whose headers take at most 1, 2, ... lines, the shortest (the first of equals). */
    private Layout shortest(float width) {
        Layout shortest = null;
        for (int lines = 1; lines <= MAX_HEADER_LINES; lines++) {
            Layout candidate = layout(columnWidths(width, lines));
            if (shortest == null || candidate.height() < shortest.height() - 0.01f) {
                shortest = candidate;
            }
        }
        return shortest;
    }

    private Layout layout(float[] widths) {
        Row header = set(table.headers(), bold, true, Align.CENTER, widths);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(set(table.rows().get(i), styleOfRow(i), false, null, widths));
        }
        return new Layout(widths, header, rows);
    }

    /** {@code table} set for the text width of {@code page}. */
    static PdfTable of(ReportTable table, Faces faces, PageFlow page) {
        return new PdfTable(table, faces, page.width(), faces.bold(TITLE_SIZE));
    }

    /** The height of the title, the header row and the first row: what must stay on one page. */
    float leadHeight(PageFlow page) {
        float firstRow = layout.rows().isEmpty() ? 0 : layout.rows().get(0).height();
        return title(page).height() + TITLE_SPACE + layout.header().height() + firstRow;
    }

    /** Draws the table at the cursor, its title kept on the page of its header and first row. */
    void draw(PageFlow page) throws IOException {
        Row header = layout.header();
        page.keep(leadHeight(page));
        page.place(title(page), page.left());
        page.down(TITLE_SPACE);
        drawRow(page, header);
        for (Row row : layout.rows()) {
            if (!page.fits(row.height())) {
                page.newPage();
                drawRow(page, header);
            }
            drawRow(page, row);
        }
    }

    private TextBlock title(PageFlow page) {
        return TextBlock.of(table.title(), titleStyle, Align.CENTER, page.width());
    }

    private void drawRow(PageFlow page, Row row) throws IOException {
        float[] widths = layout.widths();
        float top = page.y();
        float x = page.left();
        for (int c = 0; c < widths.length; c++) {
            TextBlock cell = row.cells().get(c);
            page.box(x, top, widths[c], row.height());
            float textTop = row.centred() ? top - (row.height() - cell.height()) / 2 : top - PAD_Y;
            page.drawAt(cell, x + PAD_X, textTop);
            x += widths[c];
        }
        page.down(row.height());
    }

    /** Each cell set in its column; {@code align} null: whole numbers right, text left. */
    private static Row set(List<String> cells, TextStyle style, boolean centred, Align align, float[] widths) {
        List<TextBlock> blocks = new ArrayList<>(cells.size());
        float height = style.leading();
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            Align cellAlign = align != null ? align : WholeNumbers.isWhole(text) ? Align.RIGHT : Align.LEFT;
            TextBlock block = TextBlock.of(List.of(new Run(text, style)), cellAlign, widths[c] - 2 * PAD_X, 0, 0);
            blocks.add(block);
            height = Math.max(height, block.height());
        }
        return new Row(blocks, height + 2 * PAD_Y, centred);
    }

    private TextStyle styleOfRow(int i) {
        return table.totalsLast() && i == table.rows().size() - 1 ? bold : regular;
    }

    /**
     * Column widths in steps, each taken whole while the table still fits the width and otherwise in
     * part, the columns that want least more getting it first (a status column gets the few points that
     * keep "Đúng hạn" on one line before a long name gets part of what it wants): first its widest word
     * (header or cell), so no word is cut; then room for its header in {@code headerLines} lines; then
     * its widest cell on one line; then its header in fewer lines, down to one. What is left at the end
     * goes to the columns in proportion to their content, so text columns get most. A table whose
     * words alone overflow the width is squeezed (and its words cut).
     */
    private float[] columnWidths(float width, int headerLines) {
        int columns = table.headers().size();
        float[] words = new float[columns];
        float[] content = new float[columns];
        for (int c = 0; c < columns; c++) {
            words[c] = widestWord(table.headers().get(c), bold);
            for (int i = 0; i < table.rows().size(); i++) {
                String cell = table.rows().get(i).get(c);
                TextStyle style = styleOfRow(i);
                words[c] = Math.max(words[c], widestWord(cell, style));
                content[c] = Math.max(content[c], style.width(normalised(cell)));
            }
            words[c] += 2 * PAD_X;
            content[c] += 2 * PAD_X;
        }
        if (sum(words) >= width) {
            return scaled(words, width);
        }
        List<float[]> steps = new ArrayList<>();
        steps.add(headers(headerLines));
        steps.add(content);
        for (int lines = headerLines - 1; lines >= 1; lines--) {
            steps.add(headers(lines));
        }
        float[] widths = words;
        for (float[] step : steps) {
            float[] next = new float[columns];
            float[] more = new float[columns];
            for (int c = 0; c < columns; c++) {
                next[c] = Math.max(widths[c], step[c]);
                more[c] = next[c] - widths[c];
            }
            float spare = width - sum(widths);
            if (sum(more) > spare) {
                return leastFirst(widths, more, spare);
            }
            widths = next;
        }
        return grown(widths, content, width - sum(widths));
    }

    /** For each column, the width its header needs to take at most {@code lines} lines. */
    private float[] headers(int lines) {
        float[] widths = new float[table.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headerWidth(table.headers().get(c), lines);
        }
        return widths;
    }

    /** The narrowest column (with its padding) in which {@code header} takes at most {@code lines} lines. */
    private float headerWidth(String header, int lines) {
        float low = widestWord(header, bold);
        float high = bold.width(normalised(header)) + 1;
        if (TextBlock.of(header, bold, Align.CENTER, low).lineCount() <= lines) {
            return low + 2 * PAD_X;
        }
        while (high - low > 0.5f) {
            float middle = (low + high) / 2;
            if (TextBlock.of(header, bold, Align.CENTER, middle).lineCount() <= lines) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high + 2 * PAD_X;
    }

    /** {@code widths} with {@code spare} given out to the columns that want least {@code more} first. */
    private static float[] leastFirst(float[] widths, float[] more, float spare) {
        float[] grown = widths.clone();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble(c -> more[c]));
        for (int c : order) {
            float given = Math.min(more[c], spare);
            grown[c] += given;
            spare -= given;
        }
        return grown;
    }

    /** {@code widths} with {@code spare} shared among the columns in proportion to {@code weights}. */
    private static float[] grown(float[] widths, float[] weights, float spare) {
        float total = sum(weights);
        float[] grown = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            grown[c] = widths[c] + spare * weights[c] / total;
        }
        return grown;
    }

    private static float[] scaled(float[] widths, float total) {
        float factor = total / sum(widths);
        float[] scaled = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            scaled[c] = widths[c] * factor;
        }
        return scaled;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }

    private static float widestWord(String text, TextStyle style) {
        float widest = 0;
        for (String word : normalised(text).split(" ")) {
            widest = Math.max(widest, style.width(word));
        }
        return widest;
    }

    /** As {@link TextBlock} sets text: composed, with single spaces. */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
