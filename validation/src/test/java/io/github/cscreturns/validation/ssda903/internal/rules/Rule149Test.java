package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule149Test {
  private final Rule149 rule = new Rule149();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnUnknownCode(CollectionYear year) {
    EpisodeCodeChecks.firesOnAnUnknownCode(rule, year, "REC", b -> b.reasonCeased(Optional.empty()));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnValidOrBlankCodes(CollectionYear year) {
    EpisodeCodeChecks.silentOnValidOrBlankCodes(rule, year, b -> b.reasonCeased(Optional.empty()));
  }

  @Test
  void firesOnAWithdrawnCode() {
    CollectionYear y = CollectionYear.Y2022_23;
    Episode e43 = episode(y).end(LocalDate.of(2022, 9, 1)).reasonCeased(ReasonEpisodeCeased.E43).build();
    assertThat(flagged(rule, child(y).episodes(List.of(e43)).build(), y)).containsExactly(e43);
  }
}
