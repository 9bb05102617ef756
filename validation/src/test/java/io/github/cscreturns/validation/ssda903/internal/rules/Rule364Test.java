package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule364Test {
  private final Rule364 rule = new Rule364();

  @Test
  void firesForASpellLongerThan21Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(rule, LegalStatus.J2, 21);
  }

  @Test
  void silentForSpellsOfAtMost21Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(rule, LegalStatus.J2, 21);
  }
}
