package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTester.male;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.*;
import io.github.cscreturns.core.ssda903.*;
import io.github.cscreturns.validation.ssda903.RuleTesterA;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule621Test {
  private final Rule621 rule = new Rule621();
  private static final CollectionYear YEAR = CollectionYear.Y2026_27;

  @Test
  void firesWhenTheChildIsNotYoungerThanTheMother() {
    Child same = child(YEAR).dob(LocalDate.of(2010, 1, 31)).motherChildDob(LocalDate.of(2010, 1, 31)).build();
    assertThat(flagged(rule, same, YEAR)).containsExactly(same);
  }

  @Test
  void silentWhenTheChildIsYoungerOrADateIsMissing() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(LocalDate.of(2010, 1, 31)).motherChildDob(LocalDate.of(2010, 2, 1)).build(), YEAR)).isEmpty();
  }
}
