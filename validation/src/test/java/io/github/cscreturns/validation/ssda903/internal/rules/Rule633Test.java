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

class Rule633Test {
  private final Rule633 rule = new Rule633();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnUnknownAuthorityCode(CollectionYear year) {
    var unknown = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).arrangingLa(LaCode.of("458")).build();
    var pseudo = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).arrangingLa(LaCode.of("001")).build();
    var text = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).arrangingLa(LaCode.of("Richmond")).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(unknown, pseudo, text)).build(), year)).containsExactly(unknown, pseudo, text);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAnAuthorityOrAPlaceOutsideEnglandOrBlank(CollectionYear year) {
    for (String code : List.of("318", "WAL", "SCO", "NIR", "NUK", "999")) {
      var p = PreviousPermanence.builder().option(PreviousPermanenceOption.P1).arrangingLa(LaCode.of(code)).build();
      assertThat(flagged(rule, child(year).previousPermanence(List.of(p)).build(), year)).as(code).isEmpty();
    }
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
