package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule364Test {
  private final Rule364 rule = new Rule364();

  @Test
  void firesForASpellLongerThan21Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.J2, 21);
  }

  @Test
  void silentForSpellsOfAtMost21Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(ShortTermLegalStatusChecks.of(rule), LegalStatus.J2, 21);
  }

  @Test
  void aDecThatIsNotADateAddsNothing() {
    var unknownEnd = ShortTermLegalStatusChecks.unknownEnd(LegalStatus.J2);
    assertThat(ShortTermLegalStatusChecks.of(rule).apply(java.util.List.of(
        io.github.cscreturns.validation.ssda903.EpisodeChains.childWith(io.github.cscreturns.validation.ssda903.EpisodeChains.YEAR, unknownEnd))))
        .isEmpty();
  }

  @Test
  void spellsFollowTheReturnOrder() {
    ShortTermLegalStatusChecks.spellsFollowTheReturnOrder(ShortTermLegalStatusChecks.of(rule), LegalStatus.J2, 21);
  }
}
