package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8805: A CIN case cannot have a CIN closure date without a Reason for Closure. DfE logic: "If
 * &lt;CINclosureDate&gt; (N00102) is present then &lt;ReasonForClosure&gt; (N00103) must also be
 * present". An item written blank is not present; one written but invalid is.
 */
public final class Rule8805 implements CinRule {
  @Override
  public String code() {
    return "8805";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.hasContent("CINclosureDate", episode.closureDate())
          && !episode.hasContent("ReasonForClosure", episode.reasonForClosure())) {
        flags.flag(episode);
      }
    }
  }
}
