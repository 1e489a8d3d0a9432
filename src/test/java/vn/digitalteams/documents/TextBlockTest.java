package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.digitalteams.documents.DocumentFonts.Faces;
import vn.digitalteams.documents.TextBlock.Run;

/** Wrapping and measuring, without a page. */
class TextBlockTest {

    private static final String ARTICLE = "Công nhận bà Lò Thị Ánh Nguyệt là thành viên Tổ công nghệ số cộng đồng "
            + "bản 01, xã Tam Quang, kể từ ngày ký Quyết định này; hoạt động theo chế độ kiêm nhiệm, tự nguyện.";

    private final PDDocument document = new PDDocument();
    private final Faces faces;

    TextBlockTest() throws IOException {
        faces = new DocumentFonts().loadInto(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void aParagraphWrapsWithinItsWidthAndItsFirstLineIsIndented() {
        TextStyle body = faces.regular(14);
        TextBlock narrow = TextBlock.of(List.of(new Run(ARTICLE, body)), Align.JUSTIFY, 200, 28, 0);
        TextBlock wide = TextBlock.of(List.of(new Run(ARTICLE, body)), Align.JUSTIFY, 2000, 28, 0);

        assertThat(narrow.lineCount()).isGreaterThan(3);
        assertThat(narrow.textWidth()).isLessThanOrEqualTo(200);
        assertThat(wide.lineCount()).isEqualTo(1);
        assertThat(wide.textWidth()).isEqualTo(28 + body.width(ARTICLE), within(0.01f));
        assertThat(narrow.height()).isEqualTo(narrow.lineCount() * body.leading(), within(0.01f));
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanRunIntoTheMargin() {
        String address = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma=1.001612";
        TextBlock block = TextBlock.of(List.of(new Run("Xem " + address, faces.regular(11))), Align.LEFT, 150, 0, 0);

        assertThat(block.lineCount()).isGreaterThan(2);
        assertThat(block.textWidth()).isLessThanOrEqualTo(150);
    }

    @Test
    void blocksStackWithTheSpaceBetweenThem() {
        TextStyle caps = faces.bold(14);
        TextBlock one = TextBlock.of("CHỦ TỊCH", caps, Align.CENTER, 250);

        TextBlock stacked = one.then(60, TextBlock.of("Lương Văn Hùng", caps, Align.CENTER, 250));

        assertThat(stacked.lineCount()).isEqualTo(2);
        assertThat(stacked.height()).isEqualTo(2 * caps.leading() + 60, within(0.01f));
    }

    @Test
    void combiningMarksAreComposedIntoTheFontsVietnameseLetters() {
        TextStyle body = faces.regular(14);
        String decomposed = Normalizer.normalize("Nguyệt", Normalizer.Form.NFD);

        TextBlock block = TextBlock.of(decomposed, body, Align.LEFT, 400);

        assertThat(block.textWidth()).isEqualTo(body.width("Nguyệt"), within(0.01f));
    }
}
