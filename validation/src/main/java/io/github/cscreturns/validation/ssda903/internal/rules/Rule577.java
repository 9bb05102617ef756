package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 577: "Child ceased to be looked after but there is a missing/away from placement without
 * authorisation period without an end date." Flags each missing record (with a MIS_START that is a
 * date) that fits none of the child's {@link CareSpells spells of care}: it fits a spell that is still
 * open when it is itself open and started within the spell, or when it ended within the spell. So an
 * open missing period of a child whose care has ended is flagged, and so is one that ended outside
 * every spell (the child cannot have been missing from care then). Same in every year.
 */
public final class Rule577 implements Rule {
  @Override
  public String code() {
    return "577";
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
      if (missing.start().isPresent() && spells.stream().noneMatch(s -> fits(missing, s))) {
        flags.flag(missing);
      }
    }
  }

  private static boolean fits(MissingEpisode missing, CareSpells spell) {
    LocalDate start = missing.start().orElseThrow();
    Optional<LocalDate> end = missing.end();
    if (end.isEmpty()) {
      return spell.end().isEmpty() && !start.isBefore(spell.start());
    }
    return !end.get().isBefore(spell.start()) && spell.end().map(e -> !end.get().isAfter(e)).orElse(true);
  }
}
