package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule171Test {
  private final Rule171 rule = new Rule171();
  private static final CollectionYear YEAR = CollectionYear.Y2025_26;

  @Test
  void firesOnADateThatDidNotParse() {
    Child c = child(YEAR).unparsed(Map.of("MC_DOB", "dd/mm/yyyy")).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c);
  }

  @Test
  void silentOnADateOrABlank() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).motherChildDob(LocalDate.of(2025, 5, 1)).build(), YEAR)).isEmpty();
  }
}
