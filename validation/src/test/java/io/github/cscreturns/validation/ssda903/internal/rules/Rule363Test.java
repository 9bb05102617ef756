package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule363Test {
  private final Rule363 rule = new Rule363();

  @Test
  void firesForASpellLongerThan7Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L3, 7);
  }

  @Test
  void silentForSpellsOfAtMost7Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.L3, 7);
  }

  @Test
  void aDecThatIsNotADateAddsNothing() {
    var unknownEnd = ShortTermLegalStatusChecks.unknownEnd(LegalStatus.L3);
    assertThat(ShortTermLegalStatusChecks.of(rule).apply(java.util.List.of(
        io.github.cscreturns.validation.ssda903.EpisodeChains.childWith(io.github.cscreturns.validation.ssda903.EpisodeChains.YEAR, unknownEnd))))
        .isEmpty();
  }

  @Test
  void spellsFollowTheReturnOrder() {
    ShortTermLegalStatusChecks.spellsFollowTheReturnOrder(ShortTermLegalStatusChecks.of(rule), LegalStatus.L3, 7);
  }
}
