package org.wardops.training;

import org.junit.jupiter.api.Test;
import org.wardops.training.internal.Completion;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard rule (attendance ≥ 80 %, post-test ≥ 70) at its boundaries. */
class CompletionTests {

    private final Completion standard = new Completion("STANDARD", 80, 70);

    @Test
    void completesAtExactlyEightyPercentAndSeventyPoints() {
        assertThat(standard.met(4, 5, 70)).isTrue();
        assertThat(standard.met(8, 10, 100)).isTrue();
    }

    @Test
    void doesNotCompleteJustBelowEitherThreshold() {
        assertThat(standard.met(3, 4, 95)).as("75 %").isFalse();
        assertThat(standard.met(79, 100, 95)).as("79 %").isFalse();
        assertThat(standard.met(5, 5, 69)).as("69 points").isFalse();
    }

    @Test
    void needsAPostTestAndASessionThatCounts() {
        assertThat(standard.met(5, 5, null)).isFalse();
        assertThat(standard.met(0, 0, 100)).isFalse();
    }
}
