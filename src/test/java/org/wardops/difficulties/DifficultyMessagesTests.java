package org.wardops.difficulties;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys that templates and controllers build from enums and action names exist in the difficulties bundle. */
class DifficultyMessagesTests {

    @Test
    void everyKeyBuiltFromAnEnumOrActionExists() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/difficulties.properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (DifficultyState state : DifficultyState.values()) {
            assertThat(bundle).containsKey("difficulties.label.state." + state.name());
        }
        for (Severity severity : Severity.values()) {
            assertThat(bundle).containsKey("difficulties.label.severity." + severity.name());
        }
        for (AddresseeType type : AddresseeType.values()) {
            assertThat(bundle).containsKey("difficulties.label.addresseeType." + type.name());
        }
        for (DifficultySource source : DifficultySource.values()) {
            assertThat(bundle).containsKey("difficulties.label.source." + source.name());
        }
        for (EntryKind kind : EntryKind.values()) {
            assertThat(bundle).containsKey("difficulties.label.entryKind." + kind.name());
        }
        for (ProposalState state : ProposalState.values()) {
            assertThat(bundle).containsKey("difficulties.label.proposalState." + state.name());
        }
        for (DifficultyAction action : List.of(DifficultyAction.ANSWER, DifficultyAction.REOPEN, DifficultyAction.ESCALATE, DifficultyAction.DECLINE,
                DifficultyAction.FEEDBACK, DifficultyAction.QUESTION, DifficultyAction.REPLY)) {
            assertThat(bundle).containsKey("difficulties.action." + action.name().toLowerCase())
                    .containsKey("difficulties.label.detail.text." + action.name());
        }
        for (String action : List.of("submit", "accept", "answer", "resolve", "reopen", "forward", "escalate", "decline", "cosign", "comment", "attach")) {
            assertThat(bundle).containsKey("difficulties.message.action." + action);
        }
        for (String action : List.of("submit", "decide", "implement", "complete")) {
            assertThat(bundle).containsKey("difficulties.message.proposal." + action);
        }
    }
}
