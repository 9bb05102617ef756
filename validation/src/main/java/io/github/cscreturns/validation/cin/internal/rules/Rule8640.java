package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8640: CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set).
 * The DfE publishes no logic text; its message and code set give it: where a ReasonForClosure
 * (N00103) is written, it must be a reason for closure of the year.
 */
public final class Rule8640 implements CinRule {
  @Override
  public String code() {
    return "8640";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.hasContent("ReasonForClosure", episode.reasonForClosure())
          && episode.reasonForClosure().filter(r -> r.isValidIn(context.year())).isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
