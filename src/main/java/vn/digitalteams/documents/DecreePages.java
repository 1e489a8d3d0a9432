package vn.digitalteams.documents;

import static vn.digitalteams.documents.PageFlow.MM;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.documents.TextBlock.Run;
import vn.digitalteams.shared.Messages;

/**
 * The pages of one commune document being written, with the parts every kind of document has in the
 * same place (Decree 30/2020/NĐ-CP, Appendix I): the issuer and the national name side by side, number
 * and place/date, the kind and subject, body paragraphs, then "Nơi nhận" beside the signature block.
 * Sizes are the decree's.
 */
final class DecreePages {

    /** The left column (issuer, number, "Nơi nhận") takes this share of the text width. */
    private static final float LEFT_COLUMN = 0.4f;
    static final float CAPS = 12;
    private static final float MOTTO = 13;
    private static final float NUMBER = 13;
    static final float BODY = 14;
    private static final float RECIPIENTS_TITLE = 12;
    private static final float RECIPIENTS = 11;
    static final float PAGE_NUMBER = 13;
    /** First-line indent of body paragraphs. */
    private static final float INDENT = 10 * MM;
    /** Between paragraphs: the decree's minimum. */
    static final float PARAGRAPH_SPACE = 6;
    /** How far below the text above it a rule runs: clear of the descenders, not an underline. */
    private static final float RULE_DROP = 5;
    /** Room for the signature and the seal. */
    private static final float SIGNATURE_SPACE = 24 * MM;

    private final PageFlow page;
    private final Faces faces;

    DecreePages(PageFlow page, Faces faces) {
        this.page = page;
        this.faces = faces;
    }

    PageFlow page() {
        return page;
    }

    Faces faces() {
        return faces;
    }

    /** Issuer and national name; commune and motto, each with its rule; then number and place/date. */
    void header(String communeName, String number, LocalDate issuedOn) throws IOException {
        float leftWidth = page.width() * LEFT_COLUMN;
        float rightX = page.left() + leftWidth;
        float rightWidth = page.width() - leftWidth;

        TextBlock issuer = TextBlock.of(Messages.get("document.pdf.issuer"), faces.bold(CAPS), Align.CENTER, leftWidth);
        TextBlock nation = TextBlock.of(Messages.get("document.pdf.nation"), faces.bold(CAPS), Align.CENTER,
                rightWidth);
        page.placeRow(issuer, page.left(), nation, rightX);
        TextBlock commune = TextBlock.of(Messages.get("document.pdf.commune", upper(communeName)),
                faces.bold(CAPS), Align.CENTER, leftWidth);
        TextBlock motto = TextBlock.of(Messages.get("document.pdf.motto"), faces.bold(MOTTO), Align.CENTER, rightWidth);
        page.placeRow(commune, page.left(), motto, rightX);

        page.down(RULE_DROP);
        page.rule(page.left() + leftWidth / 2, Math.max(issuer.textWidth(), commune.textWidth()) * 0.4f, page.y());
        page.rule(rightX + rightWidth / 2, motto.textWidth(), page.y());

        page.down(14);
        TextBlock numbered = TextBlock.of(Messages.get("document.pdf.number", number), faces.regular(NUMBER),
                Align.CENTER, leftWidth);
        TextBlock placeAndDate = TextBlock.of(communeName + ", " + DecreeDates.of(issuedOn),
                faces.italic(NUMBER), Align.CENTER, rightWidth);
        page.placeRow(numbered, page.left(), placeAndDate, rightX);
    }

    /** The kind of document ("QUYẾT ĐỊNH", "BÁO CÁO") and under it the subject with a short rule. */
    void title(String kind, String subject) throws IOException {
        page.down(22);
        page.place(centred(kind, faces.bold(BODY)), page.left());
        TextBlock subjectBlock = centred(subject, faces.bold(BODY));
        page.place(subjectBlock, page.left());
        page.down(RULE_DROP);
        page.rule(page.left() + page.width() / 2, subjectBlock.textWidth() / 3, page.y());
    }

    /** A body paragraph, justified with its first line indented, after the space between paragraphs. */
    void paragraph(List<Run> runs) throws IOException {
        page.down(PARAGRAPH_SPACE);
        page.flow(TextBlock.of(runs, Align.JUSTIFY, page.width(), INDENT, 0), page.left());
    }

    void paragraph(String text, TextStyle style) throws IOException {
        paragraph(List.of(new Run(text, style)));
    }

    /** A block across the text width, centred. */
    TextBlock centred(String text, TextStyle style) {
        return TextBlock.of(text, style, Align.CENTER, page.width());
    }

    /**
     * "Nơi nhận" and its list on the left, the signature block on the right, kept together on one page:
     * the signer's capacity as the document's {@code authority} and the {@code signer} give it
     * ({@link Signer#signsAs}), room for the signature and seal, then the name, all centred on one axis.
     */
    void closing(List<String> recipientLines, Authority authority, Signer signer, String signerName)
            throws IOException {
        float leftWidth = page.width() * LEFT_COLUMN;
        float rightWidth = page.width() - leftWidth;

        TextStyle listStyle = faces.regular(RECIPIENTS);
        float hanging = listStyle.width("- ");
        TextBlock recipients = TextBlock.of(Messages.get("document.pdf.recipients"), faces.boldItalic(RECIPIENTS_TITLE),
                Align.LEFT, leftWidth);
        List<String> lines = new ArrayList<>(recipientLines.stream().map(DecreePages::recipientLine).toList());
        lines.add(Messages.get("document.pdf.archive"));
        for (String line : lines) {
            recipients = recipients.then(0, TextBlock.of(List.of(new Run("- " + line, listStyle)), Align.LEFT,
                    leftWidth, 0, hanging));
        }

        TextStyle signerStyle = faces.bold(BODY);
        TextBlock signature = signer.signsAs(authority).stream()
                .map(line -> TextBlock.of(line, signerStyle, Align.CENTER, rightWidth))
                .reduce((above, below) -> above.then(0, below)).orElseThrow()
                .then(SIGNATURE_SPACE, TextBlock.of(signerName, signerStyle, Align.CENTER, rightWidth));

        page.down(3 * PARAGRAPH_SPACE);
        page.keep(Math.max(recipients.height(), signature.height()));
        page.placeRow(recipients, page.left(), signature, page.left() + leftWidth);
    }

    /** Each recipient line ends with ";" however the caller ended it. */
    private static String recipientLine(String line) {
        return ended(line, ";");
    }

    /**
     * The line with the punctuation the caller closed it with (".", ";", ",", ":", any run of them)
     * replaced by {@code end}: the decree, not the caller, says how a line of a list ends.
     */
    static String ended(String line, String end) {
        return line.strip().replaceAll("[.;,:]+$", "") + end;
    }

    static String upper(String text) {
        return text.toUpperCase(Messages.VIETNAMESE);
    }
}
