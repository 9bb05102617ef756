package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule362Test {
  private final Rule362 rule = new Rule362();

  @Test
  void firesForASpellLongerThan21Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L2, 21);
  }

  @Test
  void silentForSpellsOfAtMost21Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L2, 21);
  }

  @Test
  void aDecThatIsNotADateRunsTo31March() {
    var unknownEnd = ShortTermLegalStatusChecks.unknownEnd(LegalStatus.L2);
    assertThat(ShortTermLegalStatusChecks.of(rule).apply(java.util.List.of(
        io.github.cscreturns.validation.ssda903.EpisodeChains.childWith(io.github.cscreturns.validation.ssda903.EpisodeChains.YEAR, unknownEnd))))
        .containsExactly(unknownEnd);
  }
}
