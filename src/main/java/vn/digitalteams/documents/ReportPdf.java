package vn.digitalteams.documents;

import static vn.digitalteams.documents.DecreePages.BODY;
import static vn.digitalteams.documents.DecreePages.PARAGRAPH_SPACE;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * Lays out a commune's periodic report (BÁO CÁO) in the decree's frame ({@link DecreePages}), like a
 * decision: header, number "Số: N/BC-UBND", place and date, "BÁO CÁO" and the subject, then the five
 * sections of a report (the results as tables), recipients and the signature block. An empty section
 * says "Không có." rather than vanish, so the reader knows nothing was left out.
 */
@Component
class ReportPdf {

    /** Above each table of section II. */
    private static final float TABLE_SPACE = 2 * PARAGRAPH_SPACE;

    private final DecreeLayout layout;

    ReportPdf(DecreeLayout layout) {
        this.layout = layout;
    }

    byte[] issued(ReportContent content, DocumentNumber number) {
        return render(content, number.printed(), false);
    }

    /** The report as it will be, without a number and marked as a draft on every page. */
    byte[] draft(ReportContent content) {
        return render(content, DocumentType.PERIODIC_REPORT.series().blank(), true);
    }

    private byte[] render(ReportContent content, String number, boolean draft) {
        return layout.render(content.subject(), draft, "the report of case " + content.caseKey(), pages -> {
            pages.header(content.communeName(), number, content.issuedOn());
            pages.title(Messages.get("document.pdf.report"), content.subject());
            pages.page().down(PARAGRAPH_SPACE);
            section(pages, "document.pdf.report.situation", content.situation());
            results(pages, content.tables());
            section(pages, "document.pdf.report.difficulties", content.difficulties());
            section(pages, "document.pdf.report.proposals", content.proposals());
            section(pages, "document.pdf.report.nextTasks", content.nextTasks());
            pages.closing(content.recipients(), DocumentType.PERIODIC_REPORT.authority(), content.signer(),
                    content.signerName());
        });
    }

    private void section(DecreePages pages, String heading, List<String> paragraphs) throws IOException {
        heading(pages, heading);
        for (String paragraph : paragraphs.isEmpty() ? List.of(Messages.get("document.pdf.report.none")) : paragraphs) {
            pages.paragraph(paragraph, pages.faces().regular(BODY));
        }
    }

    /** "II. KẾT QUẢ THỰC HIỆN": each table under its title. */
    private void results(DecreePages pages, List<ReportTable> tables) throws IOException {
        if (tables.isEmpty()) {
            section(pages, "document.pdf.report.results", List.of());
            return;
        }
        List<PdfTable> set = tables.stream().map(table -> PdfTable.of(table, pages.faces(), pages.page())).toList();
        heading(pages, "document.pdf.report.results", TABLE_SPACE + set.get(0).leadHeight(pages.page()));
        for (PdfTable table : set) {
            pages.page().down(TABLE_SPACE);
            table.draw(pages.page());
        }
    }

    /** A section's heading in bold, kept on the page of its first paragraph's first lines. */
    private void heading(DecreePages pages, String key) throws IOException {
        heading(pages, key, PARAGRAPH_SPACE + 2 * pages.faces().bold(BODY).leading());
    }

    /** A section's heading in bold, kept on the page of the first {@code next} points under it. */
    private void heading(DecreePages pages, String key, float next) throws IOException {
        TextStyle style = pages.faces().bold(BODY);
        pages.page().down(PARAGRAPH_SPACE);
        pages.page().keep(PARAGRAPH_SPACE + style.leading() + next);
        pages.paragraph(Messages.get(key), style);
    }
}
