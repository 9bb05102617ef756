package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 217: "Children who are placed for adoption with current foster carers (placement types A3 or A5)
 * must have a reason for new episode of S, T or U." Flags each episode in placement A3 or A5 starting
 * on or after 1 April 2015 (when RNE T and U were introduced) whose RNE is not S (started to be looked
 * after) or a change of placement with the same carers (T, U) — blank or unknown RNE included.
 */
public final class Rule217 implements Rule {
  private static final LocalDate SAME_CARER_CODES_INTRODUCED = LocalDate.of(2015, 4, 1);

  @Override
  public String code() {
    return "217";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean withCurrentFosterCarers =
          episode.placement().type().map(t -> t.isPlacedForAdoptionWithCurrentFosterCarers()).orElse(false);
      boolean inScope =
          withCurrentFosterCarers
              && episode.start().map(d -> !d.isBefore(SAME_CARER_CODES_INTRODUCED)).orElse(false);
      if (!inScope) {
        continue;
      }
      boolean expected =
          episode.reasonNewEpisode().map(r -> r == ReasonNewEpisode.S || r.keepsCarers()).orElse(false);
      if (!expected) {
        flags.flag(episode);
      }
    }
  }
}
