package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule362Test {
  private final Rule362 rule = new Rule362();

  @Test
  void firesForASpellLongerThan21Days() {
    ShortTermLegalStatusChecks.firesForASpellLongerThanTheMaximum(rule, LegalStatus.L2, 21);
  }

  @Test
  void silentForSpellsOfAtMost21Days() {
    ShortTermLegalStatusChecks.silentForSpellsOfAtMostTheMaximum(rule, LegalStatus.L2, 21);
  }
}
