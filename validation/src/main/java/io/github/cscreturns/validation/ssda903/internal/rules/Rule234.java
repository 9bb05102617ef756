package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 234 (from 2025-26): "A child aged under 10 can not change placement due to being admitted to
 * custody". Flags each episode whose REASON_PLACE_CHANGE is CUSTOD and which ceased (DEC) before the
 * child's 10th birthday: the placement change happens when the episode ceases. The DfE states it as
 * the next episode starting (DECOM) before the 10th birthday after an episode ending with CUSTOD,
 * which is the same day; the public validator compares the CUSTOD episode's own DECOM instead. An
 * episode without a DEC is left to rule 233.
 */
public final class Rule234 implements Rule {
  private static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;

  @Override
  public String code() {
    return "234";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.dob().isEmpty()) {
      return;
    }
    for (Episode episode : child.episodes()) {
      if (episode.reasonPlaceChange().orElse(null) != ReasonPlacementChange.CUSTOD || episode.end().isEmpty()) {
        continue;
      }
      boolean under10 =
          child.ageOn(episode.end().get()).map(age -> age < AGE_OF_CRIMINAL_RESPONSIBILITY).orElse(false);
      if (under10) {
        flags.flag(episode);
      }
    }
  }
}
