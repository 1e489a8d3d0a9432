package vn.digitalteams.documents;

import static vn.digitalteams.documents.DecreePages.BODY;
import static vn.digitalteams.documents.DecreePages.PARAGRAPH_SPACE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.documents.TextBlock.Run;
import vn.digitalteams.shared.Messages;

/**
 * Lays out a commune decision as Decree 30/2020/NĐ-CP (Appendix I) wants it: the decree's frame
 * ({@link DecreePages}) around the signer's authority, legal bases and articles.
 */
@Component
class DecisionPdf {

    private final DecreeLayout layout;

    DecisionPdf(DecreeLayout layout) {
        this.layout = layout;
    }

    byte[] issued(DecisionContent content, DocumentNumber number) {
        return render(content, number.printed(), false);
    }

    /** The decision as it will be, without a number and marked as a draft on every page. */
    byte[] draft(DecisionContent content) {
        return render(content, content.type().series().blank(), true);
    }

    private byte[] render(DecisionContent content, String number, boolean draft) {
        return layout.render(content.subject(), draft, "the decision of case " + content.caseKey(), pages -> {
            pages.header(content.communeName(), number, content.issuedOn());
            pages.title(Messages.get("document.pdf.decision"), content.subject());
            authority(pages, content);
            preamble(pages, content);
            articles(pages, content);
            pages.closing(content.recipients(), content.type().authority(), content.signer(), content.signerName());
        });
    }

    /**
     * The authority the signer decides by, under the subject: every decision here is the Chairman's own
     * act ({@link Authority#CHAIRMAN}), so "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" (Decree 30/2020, Appendix I).
     */
    private void authority(DecreePages pages, DecisionContent content) throws IOException {
        PageFlow page = pages.page();
        page.down(14);
        String authority = Messages.get("document.pdf.authority", DecreePages.upper(content.communeName()));
        page.place(pages.centred(authority, pages.faces().bold(BODY)), page.left());
    }

    /**
     * Legal bases and the proposal, in italics, one a line; each line ends with ";" and the last of the
     * block with "." however the caller ended them (Decree 30/2020, Appendix I, "căn cứ ban hành văn
     * bản": "cuối dòng có dấu chấm phẩy, dòng cuối cùng kết thúc bằng dấu chấm").
     */
    private void preamble(DecreePages pages, DecisionContent content) throws IOException {
        Faces faces = pages.faces();
        PageFlow page = pages.page();
        List<String> lines = new ArrayList<>(content.legalBases());
        if (content.proposal() != null) {
            lines.add(content.proposal());
        }
        for (int i = 0; i < lines.size(); i++) {
            pages.paragraph(DecreePages.ended(lines.get(i), i == lines.size() - 1 ? "." : ";"), faces.italic(BODY));
        }
        page.down(2 * PARAGRAPH_SPACE);
        TextBlock decides = pages.centred(Messages.get("document.pdf.decides"), faces.bold(BODY));
        page.keep(decides.height() + faces.regular(BODY).leading() * 2);
        page.place(decides, page.left());
    }

    /** "Điều 1." in bold, then the article; a line break in an article starts a further paragraph. */
    private void articles(DecreePages pages, DecisionContent content) throws IOException {
        Faces faces = pages.faces();
        for (int i = 0; i < content.articles().size(); i++) {
            String[] paragraphs = content.articles().get(i).strip().split("\\R+");
            for (int p = 0; p < paragraphs.length; p++) {
                List<Run> runs = new ArrayList<>();
                if (p == 0) {
                    runs.add(new Run(Messages.get("document.pdf.article", String.valueOf(i + 1)), faces.bold(BODY)));
                }
                runs.add(new Run(paragraphs[p], faces.regular(BODY)));
                pages.paragraph(runs);
            }
        }
    }
}
