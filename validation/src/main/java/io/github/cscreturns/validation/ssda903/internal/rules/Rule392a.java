package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 392a: "Child is looked after but no distance is recorded." PL_DISTANCE is derived from the home and
 * placement postcodes, so the rule needs a postcode directory. Flags each episode whose legal status is
 * not V3/V4 and for which no distance can be derived (a postcode blank or unknown to the directory),
 * unless the child is, or last year was, an unaccompanied asylum-seeking child (their home postcode
 * is not collected). The DfE also exempts children who were UASC two years ago; that return is not
 * available here, so such a child may be flagged (the DfE's own tool notes the same false positive).
 * Same in every year.
 */
public final class Rule392a implements Rule {
  @Override
  public String code() {
    return "392a";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (EpisodeItems.isUascOrFormerlyUasc(child, context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (!EpisodeItems.isRespite(e) && EpisodeItems.distanceMiles(e, context).isEmpty()) {
        flags.flag(e);
      }
    }
  }
}
