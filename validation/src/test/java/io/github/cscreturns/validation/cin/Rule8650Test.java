package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import java.util.Map;
import java.util.Optional;

class Rule8650Test {
  private static final String CODE = "8650";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCodeThatIsNoPrimaryNeedOfTheYearIsFlagged(CollectionYear year) {
    for (String text : List.of("N0", "n1", " N1")) {
      CinChild c = withEpisode(year, e -> e.withPrimaryNeed(Optional.empty()).withUnparsed(Map.of("PrimaryNeedCode", text)));
      assertThat(flagged(CODE, c, year)).as(text).containsExactly(episode(c));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyPrimaryNeedOfTheYearOrNonePasses(CollectionYear year) {
    for (PrimaryNeed p : PrimaryNeed.values()) {
      if (p.isValidIn(year)) {
        assertThat(flagged(CODE, withEpisode(year, e -> e.withPrimaryNeed(p)), year)).as(p.code()).isEmpty();
      }
    }
    assertThat(flagged(CODE, withEpisode(year, e -> e.withPrimaryNeed(Optional.empty())), year)).isEmpty();
  }
}
