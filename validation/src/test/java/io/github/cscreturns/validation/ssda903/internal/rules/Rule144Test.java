package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule144Test {
  private final Rule144 rule = new Rule144();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnUnknownCode(CollectionYear year) {
    Episode good = episode(year).build();
    Episode bad = episode(year).legalStatus(Optional.empty()).unparsed(Map.of("LS", "ZZ9")).build();
    Child c = child(year).episodes(List.of(good, bad)).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnValidOrBlankCodes(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    Child blank = child(year).episodes(List.of(episode(year).legalStatus(Optional.empty()).build())).build();
    assertThat(flagged(rule, blank, year)).isEmpty();
  }

}
