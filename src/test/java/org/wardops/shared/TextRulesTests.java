package org.wardops.shared;

import org.junit.jupiter.api.Test;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.text.TextRules.Lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTests {

    @Test
    void acceptsVietnameseTextUpToTheLimit() {
        assertThat(TextRules.problem("title", "Phường Xóm Chiếu thiếu công chức chuyên trách", 45, Lines.SINGLE)).isEmpty();
        assertThat(TextRules.problem("title", null, 1, Lines.SINGLE)).isEmpty();
    }

    @Test
    void refusesTextsOverTheLimitNamingTheLimit() {
        assertThat(TextRules.problem("reason", "x".repeat(2_001), TextRules.SHORT, Lines.MULTI))
                .hasValueSatisfying(p -> {
                    assertThat(p.messageKey()).isEqualTo("shared.error.text.tooLong");
                    assertThat(p.arguments()).containsExactly(2_000, 2_001);
                });
    }

    @Test
    void refusesNulEverywhereAndLineBreaksInSingleLineTexts() {
        assertThat(TextRules.problem("name", "a\u0000b", 10, Lines.MULTI)).hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("shared.error.text.control"));
        assertThat(TextRules.problem("name", "a\nb", 10, Lines.SINGLE)).isPresent();
        assertThat(TextRules.problem("text", "a\r\nb\tc", 10, Lines.MULTI)).isEmpty();
    }

    @Test
    void refusesBidiOverrides() {
        assertThat(TextRules.problem("name", "abc\u202Egpj.exe", 100, Lines.SINGLE)).hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("shared.error.text.bidi"));
        assertThatThrownBy(() -> TextRules.require("name", "\u2066x", 100, Lines.SINGLE)).isInstanceOf(InvalidInputException.class);
    }
}
