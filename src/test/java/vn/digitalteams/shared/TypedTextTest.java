package vn.digitalteams.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The text rule every typed field passes, with the examples of the issue as the right values. */
class TypedTextTest {

    @Test
    void zeroWidthBidiAndControlCharactersAreRemovedAndWhatIsLeftIsTrimmedAndCollapsed() {
        assertThat(TypedText.line("\u200b\u200b")).as("two zero-width spaces are no name").isNull();
        assertThat(TypedText.line("  Lò\u00a0 Thị\tMai\u200d \u202eabc")).isEqualTo("Lò Thị Mai abc");
        assertThat(TypedText.line("Lò\u0000 Thị\u0007 Mai")).isEqualTo("Lò Thị Mai");
        assertThat(TypedText.line("dòng một\ndòng hai")).isEqualTo("dòng một dòng hai");
    }

    @Test
    void theSameVietnameseTypedWithCombiningMarksIsTheSameText() {
        String combining = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertThat(combining).isNotEqualTo("Nguyễn Thị Ánh");
        assertThat(TypedText.line(combining)).isEqualTo("Nguyễn Thị Ánh");
    }

    @Test
    void paragraphsKeepTheirLineBreaksAtMostOneEmptyLineBetween() {
        assertThat(TypedText.paragraphs(" Mạng yếu ở bản 03. \r\n\r\n\r\n\r\n  Thiếu điện thoại\u2028cho người già. "))
                .isEqualTo("Mạng yếu ở bản 03.\n\nThiếu điện thoại\ncho người già.");
    }

    @Test
    void aTextWithoutLettersHasNone() {
        assertThat(TypedText.hasLetter("42")).isFalse();
        assertThat(TypedText.hasLetter("Lò Văn Hai")).isTrue();
    }
}
