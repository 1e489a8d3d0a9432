package vn.digitalteams.documents;

import static vn.digitalteams.documents.PageFlow.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.documents.TextBlock.Run;
import vn.digitalteams.shared.Messages;

/**
 * Lays out a commune decision as Decree 30/2020/NĐ-CP (Appendix I) wants it: the issuer and the
 * national name side by side, number and date, the title and subject, the signer's authority, legal
 * bases, articles, then "Nơi nhận" beside the signature block. Sizes are the decree's.
 */
@Component
class DecisionPdf {

    /** The left column (issuer, number, "Nơi nhận") takes this share of the text width. */
    private static final float LEFT_COLUMN = 0.4f;
    private static final float CAPS = 12;
    private static final float MOTTO = 13;
    private static final float NUMBER = 13;
    private static final float BODY = 14;
    private static final float RECIPIENTS_TITLE = 12;
    private static final float RECIPIENTS = 11;
    private static final float PAGE_NUMBER = 13;
    /** First-line indent of body paragraphs. */
    private static final float INDENT = 10 * MM;
    /** Between paragraphs: the decree's minimum. */
    private static final float PARAGRAPH_SPACE = 6;
    /** How far below the text above it a rule runs: clear of the descenders, not an underline. */
    private static final float RULE_DROP = 5;
    /** Room for the signature and the seal. */
    private static final float SIGNATURE_SPACE = 24 * MM;

    private final DocumentFonts fonts;

    DecisionPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    byte[] issued(DecisionContent content, DecisionNumber number) {
        return render(content, number.printed(), false);
    }

    /** The decision as it will be, without a number and marked as a draft on every page. */
    byte[] draft(DecisionContent content) {
        return render(content, DecisionNumber.BLANK, true);
    }

    private byte[] render(DecisionContent content, String number, boolean draft) {
        try (PDDocument pdf = new PDDocument()) {
            Faces faces = fonts.loadInto(pdf);
            describe(pdf, content);
            PageFlow.Background background = draft ? draftMark(faces) : (out, page) -> { };
            try (PageFlow page = new PageFlow(pdf, faces.regular(PAGE_NUMBER), background)) {
                header(page, faces, content, number);
                title(page, faces, content);
                preamble(page, faces, content);
                articles(page, faces, content);
                closing(page, faces, content);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the decision of case " + content.caseKey() + " failed", e);
        }
    }

    /** Issuer and national name; commune and motto, each with its rule; then number and place/date. */
    private void header(PageFlow page, Faces faces, DecisionContent content, String number) throws IOException {
        float leftWidth = page.width() * LEFT_COLUMN;
        float rightX = page.left() + leftWidth;
        float rightWidth = page.width() - leftWidth;

        TextBlock issuer = TextBlock.of(Messages.get("document.pdf.issuer"), faces.bold(CAPS), Align.CENTER, leftWidth);
        TextBlock nation = TextBlock.of(Messages.get("document.pdf.nation"), faces.bold(CAPS), Align.CENTER,
                rightWidth);
        page.placeRow(issuer, page.left(), nation, rightX);
        TextBlock commune = TextBlock.of(Messages.get("document.pdf.commune", upper(content.communeName())),
                faces.bold(CAPS), Align.CENTER, leftWidth);
        TextBlock motto = TextBlock.of(Messages.get("document.pdf.motto"), faces.bold(MOTTO), Align.CENTER, rightWidth);
        page.placeRow(commune, page.left(), motto, rightX);

        page.down(RULE_DROP);
        page.rule(page.left() + leftWidth / 2, Math.max(issuer.textWidth(), commune.textWidth()) * 0.4f, page.y());
        page.rule(rightX + rightWidth / 2, motto.textWidth(), page.y());

        page.down(14);
        TextBlock numbered = TextBlock.of(Messages.get("document.pdf.number", number), faces.regular(NUMBER),
                Align.CENTER, leftWidth);
        TextBlock placeAndDate = TextBlock.of(content.communeName() + ", " + DecreeDates.of(content.issuedOn()),
                faces.italic(NUMBER), Align.CENTER, rightWidth);
        page.placeRow(numbered, page.left(), placeAndDate, rightX);
    }

    /** "QUYẾT ĐỊNH", the subject with a short rule under it, and the authority the signer decides by. */
    private void title(PageFlow page, Faces faces, DecisionContent content) throws IOException {
        page.down(22);
        page.place(centred(Messages.get("document.pdf.decision"), faces.bold(BODY), page), page.left());
        TextBlock subject = centred(content.subject(), faces.bold(BODY), page);
        page.place(subject, page.left());
        page.down(RULE_DROP);
        page.rule(page.left() + page.width() / 2, subject.textWidth() / 3, page.y());

        page.down(14);
        String authority = Messages.get("document.pdf.authority", upper(content.communeName()));
        page.place(centred(authority, faces.bold(BODY), page), page.left());
    }

    /** Legal bases and the proposal, in italics. */
    private void preamble(PageFlow page, Faces faces, DecisionContent content) throws IOException {
        List<String> paragraphs = new ArrayList<>(content.legalBases());
        if (content.proposal() != null) {
            paragraphs.add(content.proposal());
        }
        for (String paragraph : paragraphs) {
            page.down(PARAGRAPH_SPACE);
            page.flow(body(List.of(new Run(paragraph, faces.italic(BODY))), page), page.left());
        }
        page.down(2 * PARAGRAPH_SPACE);
        TextBlock decides = centred(Messages.get("document.pdf.decides"), faces.bold(BODY), page);
        page.keep(decides.height() + faces.regular(BODY).leading() * 2);
        page.place(decides, page.left());
    }

    /** "Điều 1." in bold, then the article; a line break in an article starts a further paragraph. */
    private void articles(PageFlow page, Faces faces, DecisionContent content) throws IOException {
        for (int i = 0; i < content.articles().size(); i++) {
            String[] paragraphs = content.articles().get(i).strip().split("\\R+");
            for (int p = 0; p < paragraphs.length; p++) {
                List<Run> runs = new ArrayList<>();
                if (p == 0) {
                    runs.add(new Run(Messages.get("document.pdf.article", String.valueOf(i + 1)), faces.bold(BODY)));
                }
                runs.add(new Run(paragraphs[p], faces.regular(BODY)));
                page.down(PARAGRAPH_SPACE);
                page.flow(body(runs, page), page.left());
            }
        }
    }

    /** "Nơi nhận" and its list on the left, the signature block on the right, kept together on one page. */
    private void closing(PageFlow page, Faces faces, DecisionContent content) throws IOException {
        float leftWidth = page.width() * LEFT_COLUMN;
        float rightWidth = page.width() - leftWidth;

        TextStyle listStyle = faces.regular(RECIPIENTS);
        float hanging = listStyle.width("- ");
        TextBlock recipients = TextBlock.of(Messages.get("document.pdf.recipients"), faces.boldItalic(RECIPIENTS_TITLE),
                Align.LEFT, leftWidth);
        List<String> lines = new ArrayList<>(content.recipients().stream().map(DecisionPdf::recipientLine).toList());
        lines.add(Messages.get("document.pdf.archive"));
        for (String line : lines) {
            recipients = recipients.then(0, TextBlock.of(List.of(new Run("- " + line, listStyle)), Align.LEFT,
                    leftWidth, 0, hanging));
        }

        boolean chairman = content.signer() == Signer.CHAIRMAN;
        TextStyle signerStyle = faces.bold(BODY);
        TextBlock signature = TextBlock.of(Messages.get(chairman ? "document.pdf.chairman.capacity"
                        : "document.pdf.viceChairman.capacity"), signerStyle, Align.CENTER, rightWidth)
                .then(0, TextBlock.of(Messages.get(chairman ? "document.pdf.chairman.title"
                        : "document.pdf.viceChairman.title"), signerStyle, Align.CENTER, rightWidth))
                .then(SIGNATURE_SPACE, TextBlock.of(content.signerName(), signerStyle, Align.CENTER, rightWidth));

        page.down(3 * PARAGRAPH_SPACE);
        page.keep(Math.max(recipients.height(), signature.height()));
        page.placeRow(recipients, page.left(), signature, page.left() + leftWidth);
    }

    /** Each recipient line ends with ";" however the caller ended it. */
    private static String recipientLine(String line) {
        return line.strip().replaceAll("[.;,]+$", "") + ";";
    }

    /** "DỰ THẢO" boxed in the top margin and, faintly, across the page, so nobody takes it for the decision. */
    private PageFlow.Background draftMark(Faces faces) {
        String mark = Messages.get("document.pdf.draft");
        TextStyle large = faces.bold(96);
        TextStyle label = faces.bold(CAPS);
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

    private static TextBlock centred(String text, TextStyle style, PageFlow page) {
        return TextBlock.of(text, style, Align.CENTER, page.width());
    }

    private static TextBlock body(List<Run> runs, PageFlow page) {
        return TextBlock.of(runs, Align.JUSTIFY, page.width(), INDENT, 0);
    }

    private static String upper(String text) {
        return text.toUpperCase(Messages.VIETNAMESE);
    }

    private static void describe(PDDocument pdf, DecisionContent content) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(content.subject());
        info.setCreator("digital-teams");
        pdf.getDocumentCatalog().setLanguage("vi");
    }
}
