package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule361Test {
  private final Rule361 rule = new Rule361();

  @Test
  void firesForASpellLongerThan3Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L1, 3);
  }

  @Test
  void silentForSpellsOfAtMost3Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L1, 3);
  }

  @Test
  void aDecThatIsNotADateRunsTo31March() {
    var unknownEnd = ShortTermLegalStatusChecks.unknownEnd(LegalStatus.L1);
    assertThat(ShortTermLegalStatusChecks.of(rule).apply(java.util.List.of(
        io.github.cscreturns.validation.ssda903.EpisodeChains.childWith(io.github.cscreturns.validation.ssda903.EpisodeChains.YEAR, unknownEnd))))
        .containsExactly(unknownEnd);
  }
}
