package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule363Test {
  private final Rule363 rule = new Rule363();

  @Test
  void firesForASpellLongerThan7Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(rule, LegalStatus.L3, 7);
  }

  @Test
  void silentForSpellsOfAtMost7Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(rule, LegalStatus.L3, 7);
  }
}
