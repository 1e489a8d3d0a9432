package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typed text shows as typed in a form's Markdown: no link, no tag, no heading; Vietnamese untouched. */
class FormViewTest {

    @Test
    void markdownAndHtmlInAValueAreEscaped() {
        assertThat(FormView.escape("Hà Văn [Xem dự thảo (PDF)](https://evil.example/p)"))
                .isEqualTo("Hà Văn \\[Xem dự thảo \\(PDF\\)\\]\\(https\\:\\/\\/evil\\.example\\/p\\)");
        assertThat(FormView.escape("<a href=\"x\">bấm</a> & <img src=x>"))
                .isEqualTo("&lt;a href\\=\\\"x\\\"&gt;bấm&lt;\\/a&gt; &amp; &lt;img src\\=x&gt;");
        assertThat(FormView.escape("# Tiêu đề\n* mục")).isEqualTo("\\# Tiêu đề  \n\\* mục");
    }

    @Test
    void onlyTextIsEscapedNumbersBooleansAndFieldsStayAsTheyAre() {
        FormView view = FormView.of().text("teamSize", 7L).text("teamIsFull", false).text("name", "Lò_Thị")
                .field("difficulties", "Mạng [yếu]");

        assertThat(view.values()).containsEntry("teamSize", 7L).containsEntry("teamIsFull", false)
                .containsEntry("name", "Lò\\_Thị").containsEntry("difficulties", "Mạng [yếu]");
    }
}
