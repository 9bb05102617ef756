package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 117: "Date of decision that a child should/should no longer be placed for adoption is beyond the
 * current collection year or after the child ceased to be looked after." Takes the child's latest
 * episode (by DECOM) that did not cease with X1 (a new episode the same day), and flags it with each
 * PlacedAdoption record whose DATE_PLACED or DATE_PLACED_CEASED is after 31 March of the year or
 * after that episode's DEC. A child without episodes is left to other rules. Same in every year.
 */
public final class Rule117 implements Rule {
  @Override
  public String code() {
    return "117";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().isEmpty()) {
      return;
    }
    Optional<Episode> latest =
        AdoptionEpisodes.latest(child, e -> e.reasonCeased().filter(r -> r == ReasonEpisodeCeased.X1).isEmpty());
    if (latest.isEmpty()) {
      return;
    }
    Optional<LocalDate> yearEnd = Optional.of(context.year().ssda903End());
    Optional<LocalDate> ceased = latest.get().end();
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isAfter(p.decisionDate(), yearEnd)
          || AdoptionEpisodes.isAfter(p.decisionDate(), ceased)
          || AdoptionEpisodes.isAfter(p.ceasedDate(), yearEnd)
          || AdoptionEpisodes.isAfter(p.ceasedDate(), ceased)) {
        flags.flag(latest.get());
        flags.flag(p);
      }
    }
  }
}
