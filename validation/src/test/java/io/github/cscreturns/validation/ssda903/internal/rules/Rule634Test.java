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

class Rule634Test {
  private final Rule634 rule = new Rule634();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnPreviousPermanenceOfAChildLookedAfterOnlyBefore2016(CollectionYear year) {
    var old = episode(year).start(LocalDate.of(2015, 6, 1)).build();
    var p = AdoptionRecords.noPreviousPermanence().build();
    assertThat(flagged(rule, child(year).episodes(List.of(old)).previousPermanence(List.of(p)).build(), year)).containsExactly(p, old);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnACareStartedFromApril2016OrNoEntries(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    var since2016 = episode(year).start(LocalDate.of(2016, 4, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(since2016)).build(), year)).isEmpty();
    var old = episode(year).start(LocalDate.of(2015, 6, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(old)).previousPermanence(List.of(PreviousPermanence.builder().build())).build(), year)).isEmpty();
  }
}
