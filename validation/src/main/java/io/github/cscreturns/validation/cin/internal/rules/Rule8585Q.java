package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8585Q: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death.
 * DfE logic: "If &lt;ReasonForClosure&gt; (N00103) = RC2 (Died) then a valid &lt;PersonDeathDate&gt;
 * (N00108) must be present."
 *
 * <p>Each CINdetails closed for RC2 is flagged, with the ChildIdentifiers, when the child has no death
 * date that is a date.
 */
public final class Rule8585Q implements CinRule {
  @Override
  public String code() {
    return "8585Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiers().deathDate().isPresent()) {
      return;
    }
    for (CinDetails d : child.cinDetails()) {
      if (d.reasonForClosure().filter(ReasonForClosure.DIED::equals).isPresent()) {
        flags.flag(d);
        flags.flag(child.identifiers());
      }
    }
  }
}
