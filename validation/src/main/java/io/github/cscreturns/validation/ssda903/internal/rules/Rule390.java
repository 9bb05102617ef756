package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 390: "Reason episode ceased is adopted but child has not been previously placed for adoption."
 * Flags each episode that ceased with adoption ({@link ReasonEpisodeCeased#isAdoption()}, E11 or
 * E12) whose placement is not placed for adoption ({@link PlacementType#isPlacedForAdoption()},
 * A3–A6), including unparsed PLACE text. A blank PLACE is left to the PLACE rules.
 */
public final class Rule390 implements Rule {
  @Override
  public String code() {
    return "390";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.reasonCeased().map(ReasonEpisodeCeased::isAdoption).orElse(false)
          && ItemPresence.isKnownAndNot(
              episode.placement().type(), episode.unparsed("PLACE"), PlacementType::isPlacedForAdoption)) {
        flags.flag(episode);
      }
    }
  }
}
