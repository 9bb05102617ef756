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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule620Test {
  private final Rule620 rule = new Rule620();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23; // starts 1 April 2022

  @Test
  void firesOnAMotherUnder11AtTheYearStart() {
    Child c = child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER).dob(LocalDate.of(2011, 4, 2)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c);
  }

  @Test
  void silentFrom11OrForNonMothers() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER)
        .dob(LocalDate.of(2011, 4, 1)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(female(YEAR)).motherStatus(MotherStatus.IS_A_MOTHER)
        .dob(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
