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

class Rule632Test {
  private final Rule632 rule = new Rule632();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADateNotInTheFormatOrNotBeforeCare(CollectionYear year) {
    Child base = child(year).build();
    Episode first = base.episodes().get(0);
    var badText = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).unparsed(Map.of("DATE_PERM", "ZZ/ZZ/ZZ")).build();
    var sameDay = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).date(first.start().get()).build();
    var partialLater = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).unparsed(Map.of("DATE_PERM", "ZZ/" + String.format("%02d", first.start().get().getMonthValue()) + "/" + first.start().get().getYear())).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(badText, sameDay, partialLater)).build(), year))
        .containsExactly(first, badText, sameDay, partialLater);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADateBeforeCareOrPartlyUnknownBefore(CollectionYear year) {
    var dated = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).date(LocalDate.of(2015, 3, 1)).build();
    var partial = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).unparsed(Map.of("DATE_PERM", "ZZ/ZZ/2015")).build();
    var unknownYear = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).unparsed(Map.of("DATE_PERM", "01/ZZ/ZZZZ")).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(dated, partial, unknownYear)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
