package vn.digitalteams.documents;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text set into lines for a width: wrapped at spaces, aligned, measured before it is drawn, so that a
 * caller can keep a block on one page and put two blocks side by side. Blocks stack with
 * {@link #then}; a line may mix styles ("Điều 1." bold, then the article).
 */
final class TextBlock {

    /** Text in one style; the runs of a paragraph are separated by a space. */
    record Run(String text, TextStyle style) {
    }

    private record Word(String text, TextStyle style, float width) {
    }

    /** One line: where it starts (indent), how it is aligned, the space above it. */
    private record Line(List<Word> words, float indent, Align align, boolean lastOfParagraph, float spaceBefore) {

        float height() {
            return spaceBefore + (float) words.stream().mapToDouble(w -> w.style().leading()).max().orElse(0);
        }

        float ascent() {
            return (float) words.stream().mapToDouble(w -> w.style().ascent()).max().orElse(0);
        }

        float naturalWidth() {
            float width = 0;
            for (int i = 0; i < words.size(); i++) {
                width += words.get(i).width() + (i > 0 ? words.get(i - 1).style().spaceWidth() : 0);
            }
            return width;
        }

        Line withSpaceBefore(float space) {
            return new Line(words, indent, align, lastOfParagraph, space);
        }
    }

    private final float width;
    private final List<Line> lines;

    private TextBlock(float width, List<Line> lines) {
        this.width = width;
        this.lines = List.copyOf(lines);
    }

    static TextBlock of(String text, TextStyle style, Align align, float width) {
        return of(List.of(new Run(text, style)), align, width, 0, 0);
    }

    /**
     * A paragraph. {@code firstIndent} moves the first line right (1 cm in the decree's body text);
     * {@code restIndent} moves the others right (a hanging indent, as after "- " in a list).
     */
    static TextBlock of(List<Run> runs, Align align, float width, float firstIndent, float restIndent) {
        List<Word> words = new ArrayList<>();
        for (Run run : runs) {
            // NFC: a name typed with combining marks must use the font's precomposed Vietnamese glyphs.
            for (String text : Normalizer.normalize(run.text(), Normalizer.Form.NFC).trim().split("\\s+")) {
                if (!text.isEmpty()) {
                    words.addAll(pieces(text, run.style(), width - Math.max(firstIndent, restIndent)));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word word : words) {
            float indent = lines.isEmpty() ? firstIndent : restIndent;
            float gap = line.isEmpty() ? 0 : line.get(line.size() - 1).style().spaceWidth();
            if (!line.isEmpty() && used + gap + word.width() > width - indent) {
                lines.add(new Line(line, indent, align, false, 0));
                line = new ArrayList<>();
                used = 0;
                gap = 0;
            }
            line.add(word);
            used += gap + word.width();
        }
        if (!line.isEmpty()) {
            lines.add(new Line(line, lines.isEmpty() ? firstIndent : restIndent, align, true, 0));
        }
        return new TextBlock(width, lines);
    }

    /**
     * A word wider than a line (a long web address, say) is cut where it must be rather than run past
     * the margin; each piece but the last fills a line of its own.
     */
    private static List<Word> pieces(String text, TextStyle style, float width) {
        List<Word> pieces = new ArrayList<>();
        String rest = text;
        while (rest.codePointCount(0, rest.length()) > 1 && style.width(rest) > width) {
            int end = rest.offsetByCodePoints(0, 1);
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (style.width(rest.substring(0, next)) > width) {
                    break;
                }
                end = next;
            }
            pieces.add(new Word(rest.substring(0, end), style, style.width(rest.substring(0, end))));
            rest = rest.substring(end);
        }
        pieces.add(new Word(rest, style, style.width(rest)));
        return pieces;
    }

    /** This block, then {@code next} below it, {@code space} points lower than its own first line. */
    TextBlock then(float space, TextBlock next) {
        List<Line> joined = new ArrayList<>(lines);
        for (int i = 0; i < next.lines.size(); i++) {
            joined.add(i == 0 ? next.lines.get(0).withSpaceBefore(space) : next.lines.get(i));
        }
        return new TextBlock(Math.max(width, next.width), joined);
    }

    float height() {
        return (float) lines.stream().mapToDouble(Line::height).sum();
    }

    /** From the top of the block to the first baseline. */
    float ascent() {
        return lines.isEmpty() ? 0 : lines.get(0).ascent();
    }

    int lineCount() {
        return lines.size();
    }

    /** The height of line {@code i}, with the space above it. */
    float lineHeight(int i) {
        return lines.get(i).height();
    }

    /** The width of the widest line as set (for rules as long as the text above them). */
    float textWidth() {
        return (float) lines.stream().mapToDouble(line -> line.indent() + line.naturalWidth()).max().orElse(0);
    }

    /** Draws the whole block, its first baseline at {@code baseline}; returns the bottom of the block. */
    float draw(PDPageContentStream out, float x, float baseline) throws IOException {
        float top = baseline + ascent();
        for (int i = 0; i < lines.size(); i++) {
            top = drawLine(out, i, x, top);
        }
        return top;
    }

    /** Draws line {@code i} below {@code top}; returns the line's bottom, the next line's top. */
    float drawLine(PDPageContentStream out, int i, float x, float top) throws IOException {
        Line line = lines.get(i);
        float lineTop = top - line.spaceBefore();
        float baseline = lineTop - line.ascent();
        float free = width - line.indent() - line.naturalWidth();
        boolean justify = line.align() == Align.JUSTIFY && !line.lastOfParagraph() && line.words().size() > 1;
        float extra = justify ? free / (line.words().size() - 1) : 0;
        float cursor = x + line.indent() + switch (line.align()) {
            case CENTER -> free / 2;
            case RIGHT -> free;
            case LEFT, JUSTIFY -> 0;
        };
        // Words of one style go out as one string with real spaces (copy and paste keep them); a
        // justified line places each word, since PDF word spacing does not apply to Unicode fonts.
        List<Word> words = line.words();
        int from = 0;
        while (from < words.size()) {
            int to = from + 1;
            while (!justify && to < words.size() && words.get(to).style().equals(words.get(from).style())) {
                to++;
            }
            List<Word> segment = words.subList(from, to);
            TextStyle style = segment.get(0).style();
            String text = String.join(" ", segment.stream().map(Word::text).toList());
            out.beginText();
            out.setFont(style.font(), style.size());
            out.newLineAtOffset(cursor, baseline);
            out.showText(text);
            out.endText();
            cursor += style.width(text) + style.spaceWidth() + extra;
            from = to;
        }
        return lineTop - (line.height() - line.spaceBefore());
    }
}
