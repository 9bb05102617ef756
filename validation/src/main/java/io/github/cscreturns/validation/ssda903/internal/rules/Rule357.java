package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 357: "If this is the first episode ever for this child, reason for new episode must be S. Check
 * whether there is an episode immediately preceding this one, which has been left out. If not the
 * reason for new episode code must be amended to S."
 *
 * <p>Flags the child's earliest episode (by DECOM) when it starts within the collection year and its
 * RNE is not S. An episode before it would have been open on 1 April or have ceased during the year,
 * so it would be in this return; an earliest episode starting before 1 April continues from earlier
 * returns and cannot be judged. A blank RNE or unparsed text is not S, as the reference the DfE's
 * checks are mirrored by reads it.
 */
public final class Rule357 implements Rule {
  @Override
  public String code() {
    return "357";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    if (dated.isEmpty()) {
      return;
    }
    Episode first = dated.get(0);
    if (first.start().orElseThrow().isBefore(context.year().ssda903Start())) {
      return;
    }
    if (first.reasonNewEpisode().orElse(null) != ReasonNewEpisode.S) {
      flags.flag(first);
    }
  }
}
