package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule168Test {
  private final Rule168 rule = new Rule168();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesOnMalformedUpnsAndOtherUnknownCodes() {
    for (String text : List.of("UN6", "UN10", "I072272729588", "S074885779408", "K06014812931", "5035247309594", "A12345678901AB")) {
      Child c = child(YEAR).upn(Upn.of(text)).build();
      assertThat(flagged(rule, c, YEAR)).as(text).containsExactly(c);
    }
  }

  @Test
  void silentOnWellFormedUpnsUnknownCodes1To5AndBlank() {
    for (String text : List.of("A123456789012", "X06805040829A", "N075491517151", "UN1", "UN5")) {
      assertThat(flagged(rule, child(YEAR).upn(Upn.of(text)).build(), YEAR)).as(text).isEmpty();
    }
    assertThat(flagged(rule, child(YEAR).upn(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
