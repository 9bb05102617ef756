package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.sw;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.withSocialWorkers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import org.junit.jupiter.api.Test;

class RuleSW11aSTG2Test {
  private final RuleSW11aSTG2 rule = new RuleSW11aSTG2();
  private final CollectionYear y = CollectionYear.Y2023_24;

  @Test
  void firesOnTheNextEpisodeStartingMoreThanFiveDaysFromAnEarlyEnd() {
    SocialWorkerEpisode first = sw(day(y, 4, 1), day(y, 9, 1));
    SocialWorkerEpisode late = sw(day(y, 9, 20), null);
    assertThat(flagged(rule, withSocialWorkers(y, late, first), y)).containsExactly(late);
    SocialWorkerEpisode undated = sw(null, null);
    assertThat(flagged(rule, withSocialWorkers(y, first, undated), y)).containsExactly(undated);
  }

  @Test
  void silentOnANextEpisodeWithinFiveDaysOrAnEndInTheLastDays() {
    assertThat(flagged(rule, withSocialWorkers(y, sw(day(y, 4, 1), day(y, 9, 1)), sw(day(y, 9, 5), null)), y)).isEmpty();
    assertThat(flagged(rule, withSocialWorkers(y, sw(day(y, 4, 1), day(y, 3, 28)), sw(day(y, 3, 28), null)), y)).isEmpty();
    assertThat(flagged(rule, withSocialWorkers(y, sw(day(y, 4, 1), day(y, 9, 1))), y)).isEmpty();
  }
}
