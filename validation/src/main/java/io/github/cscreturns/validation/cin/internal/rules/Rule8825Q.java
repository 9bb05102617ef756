package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8825Q: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after
 * assessment, referred to early help) has been returned but there is no assessment present for the
 * episode. DfE logic: "If &lt;ReasonforClosure&gt; (N00103) = RC8 or RC9 then at least one
 * &lt;Assessments&gt; module must be present".
 */
public final class Rule8825Q implements CinRule {
  @Override
  public String code() {
    return "8825Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (ClosureReasons.isClosedAfterAssessment(episode) && episode.assessments().isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
