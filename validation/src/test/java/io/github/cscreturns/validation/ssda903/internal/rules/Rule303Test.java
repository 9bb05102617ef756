package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule303Test {
  private final Rule303 rule = new Rule303();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADucBesideAnXmlFlagNotCoded1(CollectionYear year) {
    Uasc ceased = Uasc.builder().ceasedDate(LocalDate.of(year.endYear(), 1, 1)).build();
    Child no = child(year).uascFlag(UascFlag.NO).addUasc(ceased).build();
    assertThat(flagged(rule, no, year)).containsExactly(no, ceased);
    Child text = child(year).putUnparsed("UASC", "Y").addUasc(ceased).build();
    assertThat(flagged(rule, text, year)).containsExactly(text, ceased);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnFlag1OrACsvUascRowOrNoDuc(CollectionYear year) {
    Uasc ceased = Uasc.builder().ceasedDate(LocalDate.of(year.endYear(), 1, 1)).build();
    assertThat(flagged(rule, child(year).uascFlag(UascFlag.YES).addUasc(ceased).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addUasc(ceased).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).uascFlag(UascFlag.NO).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
  }
}
