package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 630: "Information on previous permanence option should be returned." Flags each episode starting a
 * period of care (RNE S) on or after 1 April of the year of a child with no PrevPerm record, or with
 * one whose PREV_PERM is blank, or is other than Z1 (none) with LA_PERM or DATE_PERM blank, as the
 * DfE portal judges it: P4 (unknown) too, which nothing in the DfE's text exempts. Same in every year.
 */
public final class Rule630 implements Rule {
  @Override
  public String code() {
    return "630";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean missing = child.previousPermanence().isEmpty() || child.previousPermanence().stream().anyMatch(Rule630::incomplete);
    if (!missing) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (e.reasonNewEpisode().filter(r -> r == ReasonNewEpisode.S).isPresent()
          && e.start().filter(d -> !d.isBefore(context.year().ssda903Start())).isPresent()) {
        flags.flag(e);
      }
    }
  }

  private static boolean incomplete(PreviousPermanence p) {
    if (ItemPresence.isBlank(p.option(), p, "PREV_PERM")) {
      return true;
    }
    // Z1 (none) has no order whose authority and date could be given
    boolean none = p.option().filter(o -> o == PreviousPermanenceOption.Z1).isPresent();
    return !none && (ItemPresence.isBlank(p.arrangingLa(), p, "LA_PERM") || ItemPresence.isBlank(p.date(), p, "DATE_PERM"));
  }
}
