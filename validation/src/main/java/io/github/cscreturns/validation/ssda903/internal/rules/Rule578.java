package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 578: "The date that the child started to be missing is after the child ceased to be looked after."
 * Flags each missing record whose MIS_START falls in none of the child's {@link CareSpells spells of
 * care}: before each spell's start or after its end. A child without episodes is for other rules.
 * Same in every year.
 */
public final class Rule578 implements Rule {
  @Override
  public String code() {
    return "578";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.missingEpisodes().isEmpty()) {
      return;
    }
    List<CareSpells> spells = CareSpells.of(child);
    if (spells.isEmpty()) {
      return;
    }
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().isEmpty()) {
        continue;
      }
      LocalDate start = missing.start().get();
      boolean outside =
          spells.stream().allMatch(s -> start.isBefore(s.start()) || s.end().map(start::isAfter).orElse(false));
      if (outside) {
        flags.flag(missing);
      }
    }
  }
}
