package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 2991Q: A Section 47 module is recorded and there is no assessment on the episode. DfE logic: "If
 * &lt;Section47&gt; module is present then &lt;Assessment&gt; module should be present." Flags each
 * section 47 enquiry of a CIN episode with no assessment.
 */
public final class Rule2991Q implements CinRule {
  @Override
  public String code() {
    return "2991Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.assessments().isEmpty()) {
        flags.flagAll(episode.section47());
      }
    }
  }
}
