package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule631Test {
  private final Rule631 rule = new Rule631();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnTextThatIsNoCode(CollectionYear year) {
    var bad = AdoptionRecords.noPreviousPermanence().option(Optional.empty()).putUnparsed("PREV_PERM", "P5").build();
    var good = AdoptionRecords.noPreviousPermanence().option(PreviousPermanenceOption.P2).build();
    Child c = child(year).addPreviousPermanence(bad).addPreviousPermanence(good).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnEveryCodeOfTheYearAndABlank(CollectionYear year) {
    for (var code : PreviousPermanenceOption.CODESET.validCodes(year)) {
      assertThat(flagged(rule, child(year).addPreviousPermanence(AdoptionRecords.noPreviousPermanence().option(code).build()).build(), year)).isEmpty();
    }
    assertThat(flagged(rule, child(year).addPreviousPermanence(AdoptionRecords.noPreviousPermanence().option(Optional.empty()).build()).build(), year)).isEmpty();
  }
}
