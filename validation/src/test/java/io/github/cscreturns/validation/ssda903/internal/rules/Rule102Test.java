package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule102Test {
  private final Rule102 rule = new Rule102();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  @Test
  void firesOnABlankOrImpossibleDate() {
    Child blank = child(YEAR).dob(Optional.empty()).build();
    assertThat(flagged(rule, blank, YEAR)).containsExactly(blank);
    Child impossible = child(YEAR).dob(Optional.empty()).unparsed(Map.of("DOB", "31/02/2010")).build();
    assertThat(flagged(rule, impossible, YEAR)).containsExactly(impossible);
  }

  @Test
  void silentOnADate() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).headerRecorded(false).dob(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
