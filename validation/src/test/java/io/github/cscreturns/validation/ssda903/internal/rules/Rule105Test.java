package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule105Test {
  private final Rule105 rule = new Rule105();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesOnAnUnknownFlagOrABlankFlagInXml() {
    Child unknown = child(YEAR).unparsed(Map.of("UASC", "2")).build();
    assertThat(flagged(rule, unknown, YEAR)).containsExactly(unknown);
    // the XML reader keeps a blank or missing flag as blank unparsed text
    Child blankXml = child(YEAR).unparsed(Map.of("UASC", "")).source(RuleTester.xmlSource()).build();
    assertThat(flagged(rule, blankXml, YEAR)).containsExactly(blankXml);
  }

  @Test
  void silentOnAValidFlagOrACsvReturn() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).uascFlag(UascFlag.NO).source(RuleTester.xmlSource()).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).uascFlag(UascFlag.YES).build(), YEAR)).isEmpty();
    // a flag of 0 without a DUC reads as no flag and no UASC record: nothing to report
    assertThat(flagged(rule, child(YEAR).source(RuleTester.xmlSource()).build(), YEAR)).isEmpty();
  }
}
