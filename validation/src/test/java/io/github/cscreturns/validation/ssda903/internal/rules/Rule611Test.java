package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule611Test {
  private final Rule611 rule = new Rule611();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  @Test
  void firesOnAMotherWithoutHerChildsDateOfBirth() {
    Child c = child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c);
  }

  @Test
  void silentWithADateEvenUnparsedOrForNonMothers() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER)
        .motherChildDob(LocalDate.of(2023, 5, 1)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER)
        .unparsed(Map.of("MC_DOB", "31/31/2023")).build(), YEAR)).isEmpty();
  }
}
