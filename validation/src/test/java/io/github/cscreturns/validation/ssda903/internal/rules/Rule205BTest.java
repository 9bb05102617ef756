package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.UascYears.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule205BTest {
  private final Rule205B rule = new Rule205B();

  @Test
  void firesWhenLastYearsDateCeasedIsNotTheEighteenthBirthday() {
    Uasc now = uasc(dob().plusYears(18));
    assertThat(flagged(rule, List.of(now), List.of(uasc(dob().plusYears(18).minusDays(3))))).contains(now);
  }

  @Test
  void silentWhenTheDateCeasedIsTheEighteenthBirthdayInBothYears() {
    LocalDate eighteenth = dob().plusYears(18);
    assertThat(flagged(rule, List.of(uasc(eighteenth)), List.of(uasc(eighteenth)))).isEmpty();
    assertThat(flagged(rule, List.of(), List.of(uasc(eighteenth.minusDays(3))))).isEmpty();
  }
}
