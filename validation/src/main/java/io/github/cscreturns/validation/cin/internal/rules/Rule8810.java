package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8810: A CIN case cannot have a Reason for Closure without a CIN Closure Date. DfE logic: "If
 * &lt;ReasonForClosure&gt; (N00103) is present then &lt;CINclosureDate&gt; (N00102) must also be
 * present". An item written blank is not present; one written but invalid is.
 */
public final class Rule8810 implements CinRule {
  @Override
  public String code() {
    return "8810";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.hasContent("ReasonForClosure", episode.reasonForClosure())
          && !episode.hasContent("CINclosureDate", episode.closureDate())) {
        flags.flag(episode);
      }
    }
  }
}
