package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule635Test {
  private final Rule635 rule = new Rule635();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEntriesWithNoPreviousPermanenceOption(CollectionYear year) {
    var blankWithLa = PreviousPermanence.builder().arrangingLa(LaCode.of("318")).build();
    var blankWithDate = PreviousPermanence.builder().date(LocalDate.of(2015, 1, 1)).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(blankWithLa, blankWithDate)).build(), year))
        .containsExactly(blankWithLa, blankWithDate);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnZ1AloneOrAnOptionWithEntries(CollectionYear year) {
    // as the reference reads the check: PREV_PERM given (Z1 included) beside LA_PERM/DATE_PERM is not flagged
    var z1 = AdoptionRecords.noPreviousPermanence().date(LocalDate.of(2015, 1, 1)).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(z1)).build(), year)).isEmpty();
    var p1 = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).arrangingLa(LaCode.of("318")).date(LocalDate.of(2015, 1, 1)).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(p1)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
