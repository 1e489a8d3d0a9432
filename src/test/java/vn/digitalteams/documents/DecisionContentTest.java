package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.UserFacingException;

/** What a decision must say before anything is numbered or drawn. */
class DecisionContentTest {

    @Test
    void aDecisionWithoutArticlesIsRefused() {
        assertThatThrownBy(() -> content(List.of(), List.of()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("document.field.required");
    }

    @Test
    void aBlankRecipientIsRefused() {
        assertThatThrownBy(() -> content(List.of("Công nhận."), Arrays.asList("Như Điều 3;", " ")))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("document.field.blankLine");
    }

    @Test
    void aCaseKeyLongerThanItsColumnIsRefused() {
        assertThatThrownBy(() -> new DecisionContent("tam-quang", "Tam Quang", "K".repeat(101), "tam-quang-ban-01",
                DocumentType.ADMISSION_DECISION, LocalDate.of(2026, 11, 25), "Về việc", null, null,
                List.of("Công nhận."), Signer.CHAIRMAN, "Lương Văn Hùng", null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("document.field.tooLong");
    }

    @Test
    void theListsAreCopiedAndMissingOnesAreEmpty() {
        List<String> articles = new ArrayList<>(List.of("Công nhận."));
        DecisionContent content = new DecisionContent("tam-quang", "Tam Quang", "TV-2026-0001", "tam-quang-ban-01",
                DocumentType.ADMISSION_DECISION, LocalDate.of(2026, 11, 25), "Về việc", null, " ", articles,
                Signer.CHAIRMAN, "Lương Văn Hùng", null);
        articles.add("Thêm sau.");

        assertThat(content.articles()).containsExactly("Công nhận.");
        assertThat(content.legalBases()).isEmpty();
        assertThat(content.recipients()).isEmpty();
        assertThat(content.proposal()).isNull();
    }

    private static DecisionContent content(List<String> articles, List<String> recipients) {
        return new DecisionContent("tam-quang", "Tam Quang", "TV-2026-0001", "tam-quang-ban-01", DocumentType.ADMISSION_DECISION,
                LocalDate.of(2026, 11, 25), "Về việc", List.of(), null, articles, Signer.CHAIRMAN, "Lương Văn Hùng",
                recipients);
    }
}
