package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 392b: "Child is looked after but no postcodes are recorded." Flags each episode whose legal status is
 * not V3/V4 and whose home postcode (HOME_POST) or placement postcode (PL_POST) is blank, unless the
 * child is, or last year was, an unaccompanied asylum-seeking child. As for 392a, UASC status two
 * years ago is not available to the rule. Same in every year.
 */
public final class Rule392b implements Rule {
  @Override
  public String code() {
    return "392b";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (EpisodeItems.isUascOrFormerlyUasc(child, context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (EpisodeItems.isRespite(e)) {
        continue;
      }
      if (ItemPresence.isBlank(e.homePostcode(), e, "HOME_POST")
          || ItemPresence.isBlank(e.placement().postcode(), e, "PL_POST")) {
        flags.flag(e);
      }
    }
  }
}
