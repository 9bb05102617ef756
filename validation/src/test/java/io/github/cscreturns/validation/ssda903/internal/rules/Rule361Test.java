package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule361Test {
  private final Rule361 rule = new Rule361();

  @Test
  void firesForASpellLongerThan3Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(rule, LegalStatus.L1, 3);
  }

  @Test
  void silentForSpellsOfAtMost3Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(rule, LegalStatus.L1, 3);
  }
}
