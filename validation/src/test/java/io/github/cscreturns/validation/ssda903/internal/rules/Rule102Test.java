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
